import type { Product } from './catalog.js';
import type { Prng } from './prng.js';
import type { OrderLine } from './types.js';

const DISCOUNT = { A: 15, B: 8, C: 0 } as const;

/** The lines of one order: distinct products, quantities that fit the price, tier discounts. */
export function buildLines(
  rng: Prng,
  opts: { products: readonly Product[]; tier: 'A' | 'B' | 'C'; priceFactor: number },
): OrderLine[] {
  const count = Number(rng.weighted({ 1: 25, 2: 25, 3: 20, 4: 12, 5: 8, 6: 5, 8: 3, 12: 2 }));
  const used = new Set<string>();
  const lines: OrderLine[] = [];
  while (lines.length < count) {
    const product = rng.pick(opts.products);
    if (used.has(product.sku)) continue;
    used.add(product.sku);
    const unit = Math.round(product.priceCents * opts.priceFactor);
    const qty = unit < 2000 ? rng.int(2, 60) : unit < 10000 ? rng.int(1, 20) : rng.int(1, 4);
    const discountPct = DISCOUNT[opts.tier] + (rng.chance(0.2) ? 5 : 0);
    lines.push({
      pos: (lines.length + 1) * 10,
      sku: product.sku,
      name: product.name,
      qty,
      unitPriceCents: unit,
      discountPct,
      lineAmountCents: Math.round((qty * unit * (100 - discountPct)) / 100),
      confirmedDate: null,
      qtyCancelled: 0,
      qtyReturned: 0,
      qtyCredited: 0,
      qtyAllocated: 0,
      qtyPicked: 0,
      qtyShipped: 0,
      qtyBackordered: 0,
      shortReason: null,
    });
  }
  return lines;
}
