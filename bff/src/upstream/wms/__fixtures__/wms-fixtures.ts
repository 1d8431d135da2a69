import type { WmsOrderWire, WmsShipmentWire } from '../wms-wire.js';

const T0 = Date.UTC(2026, 10, 1, 10, 0, 0);
const hours = (h: number) => T0 + h * 3_600_000;

/** A realistic dispatched DHL shipment with AfterShip-style scans; tests override what they exercise. */
export function wmsShipment(overrides: Partial<WmsShipmentWire> = {}): WmsShipmentWire {
  return {
    shipment_id: 'SH-DE1-0093121',
    warehouse: 'DE1',
    carrier_code: 'DHL',
    service_level: 'STANDARD',
    tracking_no: '00340434161234567890',
    tracking_url:
      'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890',
    state: 'DISPATCHED',
    shipped_at: hours(30),
    eta: hours(72),
    lines: [{ client_line_ref: '10', sku: 'BRG-6204-2RS', qty: 20 }],
    parcels: [{ sscc: '003401234567890123', weight_g: 4200 }],
    tracking_events: [
      { ts: hours(31), code: 'InfoReceived_001', text: 'Shipment information received', place: null },
      { ts: hours(40), code: 'InTransit_001', text: 'Arrived at facility', place: 'Leipzig, DE' },
    ],
    ...overrides,
  };
}

/** A realistic partially shipped WMS order. */
export function wmsOrder(overrides: Partial<WmsOrderWire> = {}): WmsOrderWire {
  return {
    order_ref: 'WO-DE1-004812',
    client_order_ref: '0001000123',
    warehouse: 'DE1',
    status_code: 190,
    status_text: 'PARTIALLY_SHIPPED',
    updated_at: hours(30),
    lines: [
      {
        client_line_ref: '10',
        sku: 'BRG-6204-2RS',
        qty_ordered: 24,
        qty_allocated: 24,
        qty_picked: 20,
        qty_shipped: 20,
        qty_backordered: 4,
        short_reason: 'STOCKOUT',
      },
      {
        client_line_ref: '20',
        sku: 'SEAL-40x62',
        qty_ordered: 2,
        qty_allocated: 0,
        qty_picked: 0,
        qty_shipped: 0,
        qty_backordered: 2,
        short_reason: null,
      },
    ],
    shipments: [wmsShipment()],
    history: [
      { ts: hours(1), code: 130, text: 'Released' },
      { ts: hours(2), code: 150, text: 'Allocated' },
      { ts: hours(30), code: 190, text: 'Partially shipped' },
    ],
    ...overrides,
  };
}
