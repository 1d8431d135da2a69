import { describe, expect, it } from 'vitest';
import { erpSalesOrder } from './__fixtures__/erp-fixtures.js';
import { toErpOrderPage } from './to-erp-order-page.js';

describe('toErpOrderPage', () => {
  it('maps each order of the page and passes the cursor on', () => {
    const page = toErpOrderPage(
      {
        items: [
          erpSalesOrder({ order_no: 'SO-1000001', doc_status: 'OPEN', status_changed: '20261029101500' }),
          erpSalesOrder({ order_no: 'SO-1000002', doc_status: 'OPEN', returns: undefined }),
        ],
        next_cursor: 'dTox',
      },
      'acme',
    );
    expect(page.next).toBe('dTox');
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      number: 'SO-1000001',
      tenant: 'acme',
      nativeStatus: 'OPEN',
      status: 'CONFIRMED',
      statusAsOf: '2026-10-29T10:15:00.000Z',
      customer: { number: 'C-10042', tier: 'KEY' },
    });
    expect(page.items[1]?.returns).toEqual([]);
  });

  it('leaves out an order that does not map and keeps the rest', () => {
    const page = toErpOrderPage(
      {
        items: [
          erpSalesOrder({ order_no: 'SO-1000001', status_changed: 'yesterday' }),
          erpSalesOrder({ order_no: 'SO-1000002' }),
        ],
        next_cursor: null,
      },
      'acme',
    );
    expect(page).toMatchObject({ items: [{ number: 'SO-1000002' }], next: null });
  });
});
