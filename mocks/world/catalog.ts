import type { Prng } from './prng.js';

export interface Product {
  sku: string;
  name: string;
  /** List price in euro cents; dollar prices derive from it. */
  priceCents: number;
  weightG: number;
}

interface Family {
  prefix: string;
  name: (variant: string) => string;
  variants: readonly string[];
  price: readonly [number, number];
  weightG: readonly [number, number];
}

// Families of an industrial MRO distributor's range; variants multiply to about 200 SKUs.
const FAMILIES: readonly Family[] = [
  {
    prefix: 'BRG',
    name: (v) => `Deep groove ball bearing ${v}`,
    variants: [
      '6000-2RS',
      '6001-2RS',
      '6002-2RS',
      '6203-2RS',
      '6204-2RS',
      '6205-2RS',
      '6206-2RS',
      '6305-ZZ',
      '6308-ZZ',
      '6310-ZZ',
      '6204-ZZ',
      '6202-2RS',
    ],
    price: [420, 4890],
    weightG: [20, 900],
  },
  {
    prefix: 'TRB',
    name: (v) => `Tapered roller bearing ${v}`,
    variants: ['30205', '30206', '30208', '32210', '32212', '30310'],
    price: [1890, 9800],
    weightG: [200, 1600],
  },
  {
    prefix: 'VBT',
    name: (v) => `V-belt ${v}`,
    variants: ['SPA-1250', 'SPA-1400', 'SPZ-1000', 'SPZ-1180', 'SPB-1600', 'SPB-2000', 'XPA-1250', 'XPZ-987'],
    price: [690, 3450],
    weightG: [80, 600],
  },
  {
    prefix: 'HBT',
    name: (v) => `Hex bolt DIN 933 ${v}, box of 100`,
    variants: [
      'M6x20-A2',
      'M8x25-A2',
      'M8x40-A2',
      'M10x30-8.8',
      'M10x50-8.8',
      'M12x40-8.8',
      'M12x60-8.8',
      'M16x60-10.9',
      'M6x30-ZN',
      'M8x30-ZN',
    ],
    price: [890, 7490],
    weightG: [300, 6000],
  },
  {
    prefix: 'NUT',
    name: (v) => `Hex nut DIN 934 ${v}, box of 200`,
    variants: ['M6-A2', 'M8-A2', 'M10-8', 'M12-8', 'M16-8', 'M8-ZN'],
    price: [590, 3990],
    weightG: [200, 3000],
  },
  {
    prefix: 'HFT',
    name: (v) => `Hydraulic fitting ${v}`,
    variants: [
      'GE10L-1/4',
      'GE12L-3/8',
      'GE15L-1/2',
      'W10L',
      'W12L',
      'T12L',
      'T15L',
      'RED15/12L',
      'GE18L-1/2',
      'EW12L',
    ],
    price: [390, 2890],
    weightG: [40, 400],
  },
  {
    prefix: 'HHS',
    name: (v) => `Hydraulic hose 2SN ${v}`,
    variants: ['DN06-1000', 'DN08-1000', 'DN10-1500', 'DN12-2000', 'DN16-2000', 'DN20-3000'],
    price: [2890, 11900],
    weightG: [500, 4000],
  },
  {
    prefix: 'PCY',
    name: (v) => `Pneumatic cylinder ISO 15552 ${v}`,
    variants: ['32x50', '32x100', '40x100', '50x125', '63x160', '80x200', '100x250'],
    price: [6900, 34900],
    weightG: [900, 7000],
  },
  {
    prefix: 'PVL',
    name: (v) => `Solenoid valve 5/2 ${v}`,
    variants: ['G1/8-24VDC', 'G1/4-24VDC', 'G1/4-230VAC', 'G3/8-24VDC', 'G1/2-24VDC'],
    price: [4900, 18900],
    weightG: [200, 900],
  },
  {
    prefix: 'PFT',
    name: (v) => `Push-in fitting ${v}, pack of 10`,
    variants: ['6mm-G1/8', '8mm-G1/4', '10mm-G3/8', '12mm-G1/2', '6mm-straight', '8mm-elbow'],
    price: [890, 3290],
    weightG: [60, 300],
  },
  {
    prefix: 'PSN',
    name: (v) => `Inductive proximity sensor ${v}`,
    variants: ['M12-PNP-NO', 'M12-NPN-NO', 'M18-PNP-NO', 'M18-PNP-NC', 'M30-PNP-NO', 'M8-PNP-NO'],
    price: [2490, 8900],
    weightG: [30, 200],
  },
  {
    prefix: 'CTR',
    name: (v) => `Contactor ${v}`,
    variants: [
      '3P-9A-24VDC',
      '3P-12A-230VAC',
      '3P-18A-24VDC',
      '3P-25A-230VAC',
      '3P-32A-230VAC',
      '3P-40A-24VDC',
    ],
    price: [2990, 14900],
    weightG: [300, 1200],
  },
  {
    prefix: 'MCB',
    name: (v) => `Miniature circuit breaker ${v}`,
    variants: ['B6-1P', 'B10-1P', 'B16-1P', 'C16-3P', 'C20-3P', 'C32-3P', 'B20-1P'],
    price: [490, 5890],
    weightG: [100, 400],
  },
  {
    prefix: 'CGL',
    name: (v) => `Cable gland nylon ${v}, pack of 50`,
    variants: ['M16', 'M20', 'M25', 'M32', 'M40', 'PG11'],
    price: [1290, 6490],
    weightG: [200, 1200],
  },
  {
    prefix: 'CDS',
    name: (v) => `Cutting disc ${v}, box of 25`,
    variants: [
      '115x1.0-INOX',
      '125x1.0-INOX',
      '125x1.6-STEEL',
      '180x1.6-STEEL',
      '230x1.9-STEEL',
      '230x3.0-STONE',
    ],
    price: [1490, 5990],
    weightG: [500, 4000],
  },
  {
    prefix: 'GLV',
    name: (v) => `Nitrile work gloves ${v}, 12 pairs`,
    variants: ['size 8', 'size 9', 'size 10', 'size 11', 'cut-resistant 9', 'cut-resistant 10'],
    price: [1890, 5490],
    weightG: [400, 900],
  },
  {
    prefix: 'LUB',
    name: (v) => `${v}`,
    variants: [
      'Multipurpose grease EP2 400g',
      'Chain spray 400ml',
      'Hydraulic oil HLP 46 20l',
      'Gear oil CLP 220 20l',
      'Penetrating oil 500ml',
      'Food-grade grease H1 400g',
    ],
    price: [690, 12900],
    weightG: [400, 19000],
  },
  {
    prefix: 'CPL',
    name: (v) => `Jaw coupling ${v}`,
    variants: [
      'GS14-complete',
      'GS19-complete',
      'GS24-complete',
      'GS28-complete',
      'GS38-complete',
      'GS42-spider',
    ],
    price: [1890, 12900],
    weightG: [100, 2500],
  },
  {
    prefix: 'ORS',
    name: (v) => `O-ring NBR70 ${v}, pack of 100`,
    variants: ['10x2', '12x2', '16x2.5', '20x3', '25x3', '32x3.5', '40x4', '50x4'],
    price: [490, 2490],
    weightG: [30, 400],
  },
  {
    prefix: 'SPR',
    name: (v) => `Conveyor roller ${v}`,
    variants: ['50x400-steel', '50x600-steel', '60x800-steel', '50x400-PVC', '60x600-PVC'],
    price: [1690, 5490],
    weightG: [1200, 4800],
  },
  {
    prefix: 'SCL',
    name: (v) => `Roller chain DIN 8187 ${v}, 5 m`,
    variants: ['06B-1', '08B-1', '10B-1', '12B-1', '16B-1', '08B-2'],
    price: [2490, 18900],
    weightG: [800, 12000],
  },
  {
    prefix: 'MTR',
    name: (v) => `Three-phase motor IE3 ${v}`,
    variants: ['0.75kW-4P', '1.5kW-4P', '2.2kW-4P', '4kW-4P', '7.5kW-4P'],
    price: [21900, 89000],
    weightG: [9000, 52000],
  },
  {
    prefix: 'TLS',
    name: (v) => `${v}`,
    variants: [
      'Torque wrench 20-100 Nm',
      'Hex key set 1.5-10 mm',
      'Digital caliper 150 mm',
      'Cordless drill 18V',
      'Bit set 32 pcs',
      'Thread tap set M3-M12',
    ],
    price: [1990, 24900],
    weightG: [200, 2500],
  },
  {
    prefix: 'SAF',
    name: (v) => `${v}`,
    variants: [
      'Safety glasses clear',
      'Ear defenders SNR 30',
      'FFP2 masks box of 20',
      'Hi-vis vest EN ISO 20471',
      'Safety helmet white',
    ],
    price: [390, 4900],
    weightG: [60, 600],
  },
  {
    prefix: 'FLT',
    name: (v) => `Hydraulic filter element ${v}`,
    variants: [
      '10um-160l',
      '10um-250l',
      '25um-160l',
      '25um-400l',
      '3um-100l',
      '6um-250l',
      'return-line-160l',
      'breather-G3/4',
    ],
    price: [1890, 9900],
    weightG: [200, 1500],
  },
  {
    prefix: 'ADH',
    name: (v) => `${v}`,
    variants: [
      'Threadlocker medium 50ml',
      'Threadlocker high 50ml',
      'Instant adhesive 20g',
      'Gasket maker 80ml',
      'Epoxy 2K 50ml',
      'Retaining compound 50ml',
    ],
    price: [990, 3490],
    weightG: [40, 200],
  },
  {
    prefix: 'WSH',
    name: (v) => `Washer DIN 125 ${v}, box of 500`,
    variants: ['M6-A2', 'M8-A2', 'M10-A2', 'M12-ZN', 'M16-ZN', 'M20-ZN'],
    price: [690, 4990],
    weightG: [300, 5000],
  },
  {
    prefix: 'LED',
    name: (v) => `LED ${v}`,
    variants: [
      'panel 600x600 40W',
      'high-bay 150W',
      'batten 1500 mm 50W',
      'floodlight 100W',
      'tube T8 1500 mm',
      'work light 20W rechargeable',
    ],
    price: [890, 18900],
    weightG: [200, 6000],
  },
  {
    prefix: 'GRB',
    name: (v) => `Worm gearbox ${v}`,
    variants: ['NMRV030-i10', 'NMRV040-i20', 'NMRV050-i30', 'NMRV063-i40', 'NMRV075-i50'],
    price: [7900, 39900],
    weightG: [1200, 14000],
  },
  {
    prefix: 'SHK',
    name: (v) => `Pallet racking ${v}`,
    variants: ['beam 1800 mm', 'beam 2700 mm', 'frame 3000x1100', 'wire deck 1100x900'],
    price: [3490, 15900],
    weightG: [6000, 30000],
  },
  {
    prefix: 'CAB',
    name: (v) => `Control cable ${v}, 100 m`,
    variants: ['3G1.5', '4G1.5', '5G1.5', '3G2.5', '5G2.5', '7G1.0', '12G0.75'],
    price: [8900, 39900],
    weightG: [6000, 25000],
  },
];

function skuOf(prefix: string, variant: string): string {
  const code = variant
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${code}`.slice(0, 24);
}

/** The product range, the same for both tenants (they buy from the same manufacturers). */
export function createCatalog(rng: Prng): Product[] {
  const products: Product[] = [];
  const seen = new Set<string>();
  for (const family of FAMILIES) {
    family.variants.forEach((variant, i) => {
      let sku = skuOf(family.prefix, variant);
      if (seen.has(sku)) sku = `${sku}-${i}`;
      seen.add(sku);
      const [lo, hi] = family.price;
      const share = family.variants.length === 1 ? 0 : i / (family.variants.length - 1);
      // Bigger variants cost more; the jitter keeps prices from looking computed.
      const base = lo + (hi - lo) * share * (0.85 + rng.next() * 0.3);
      products.push({
        sku,
        name: family.name(variant),
        priceCents: Math.max(99, Math.round(base / 10) * 10 - 1),
        weightG: rng.int(family.weightG[0], family.weightG[1]),
      });
    });
  }
  return products;
}
