import type { Order } from '../../client/order-types.js';

/** A small complete order for unit tests; override what a test is about. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return {
    id: 'SO-1000001',
    placedAt: '2026-10-01T09:00:00.000Z',
    status: 'PARTIALLY_SHIPPED',
    promisedDate: '2026-10-10',
    references: {
      erpOrderNumber: 'SO-1000001',
      wmsReference: 'WO-1',
      channelReference: null,
      channel: 'WEB',
      customerPo: null,
    },
    customer: {
      id: 'c1',
      number: 'C-1',
      name: 'Acme',
      email: 'a@acme.example',
      tier: 'KEY',
      creditHold: false,
    },
    systemStatuses: [
      { system: 'ERP', nativeStatus: 'RELEASED', status: 'IN_FULFILMENT', asOf: '2026-10-02T00:00:00.000Z' },
      { system: 'WMS', nativeStatus: '190', status: 'PARTIALLY_SHIPPED', asOf: '2026-10-03T00:00:00.000Z' },
    ],
    lines: [
      {
        id: 'SO-1000001/10',
        lineNumber: 10,
        sku: 'SKU-1',
        description: 'Bearing',
        promisedDate: null,
        quantities: {
          ordered: 4,
          allocated: 4,
          picked: 2,
          shipped: 2,
          backordered: 2,
          cancelled: 0,
          returned: 0,
          refunded: 0,
        },
        total: { amount: '40.00', currency: 'EUR' },
      },
    ],
    totals: { total: { amount: '40.00', currency: 'EUR' }, refunded: { amount: '0.00', currency: 'EUR' } },
    shipments: [],
    returns: [],
    refunds: [],
    cases: [],
    timeline: [],
    exceptions: [],
    ...overrides,
  };
}
