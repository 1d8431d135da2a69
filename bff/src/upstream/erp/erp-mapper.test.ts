import { describe, expect, it } from 'vitest';
import { erpSalesOrder } from './__fixtures__/erp-fixtures.js';
import { toErpOrder } from './erp-mapper.js';

describe('toErpOrder', () => {
  it('maps the header, references, customer and ship-to', () => {
    const order = toErpOrder(erpSalesOrder(), 'acme');
    expect(order).toMatchObject({
      number: 'SO-1000123',
      tenant: 'acme',
      channel: 'WEB',
      channelReference: '#W-58213',
      customerPo: 'PO 4711/2026',
      placedAt: '2026-11-01T09:30:00.000Z',
      nativeStatus: 'PART_DELIVERED',
      status: 'PARTIALLY_SHIPPED',
      statusAsOf: '2026-11-03T14:15:00.000Z',
      promisedDate: '2026-11-08',
      customer: {
        id: 'C-10042',
        number: 'C-10042',
        name: 'Acme Werk Leipzig GmbH',
        tier: 'KEY',
        creditHold: false,
      },
      shipTo: {
        name: 'Acme Werk Leipzig',
        lines: ['Industriestr. 4'],
        city: 'Leipzig',
        postalCode: '04109',
        country: 'DE',
      },
    });
  });

  it('converts four-decimal money to minor units and sums the subtotal exactly', () => {
    const order = toErpOrder(erpSalesOrder(), 'acme');
    expect(order.totals).toEqual({
      subtotal: { amount: '129.90', currency: 'EUR' },
      shipping: { amount: '0.00', currency: 'EUR' },
      tax: { amount: '24.68', currency: 'EUR' },
      total: { amount: '154.58', currency: 'EUR' },
    });
    expect(order.lines[0]).toEqual({
      lineNumber: 10,
      sku: 'BRG-6204-2RS',
      description: 'Deep groove ball bearing 6204-2RS',
      ordered: 24,
      cancelled: 0,
      returned: 2,
      refunded: 2,
      unitPrice: { amount: '4.95', currency: 'EUR' },
      total: { amount: '118.80', currency: 'EUR' },
      promisedDate: '2026-11-08',
    });
    expect(order.lines[1]?.promisedDate).toBeNull();
  });

  it('maps returns with their disposition and refunds by kind', () => {
    const order = toErpOrder(erpSalesOrder(), 'acme');
    expect(order.returns).toEqual([
      {
        id: 'RMA-2000123',
        rmaNumber: 'RMA-2000123',
        status: 'RECEIVED',
        requestedAt: '2026-11-04T08:00:00.000Z',
        lines: [
          {
            lineNumber: 10,
            sku: 'BRG-6204-2RS',
            quantity: 2,
            receivedQuantity: 2,
            reason: 'DAMAGED',
            disposition: 'PENDING',
          },
        ],
        creditMemoNumber: 'CM-3000123',
      },
    ]);
    expect(order.refunds.map((r) => [r.id, r.kind, r.status, r.amount.amount])).toEqual([
      ['CM-3000123', 'CREDIT_MEMO', 'COMPLETED', '11.78'],
      ['RF-3000124', 'REFUND', 'PENDING', '5.00'],
    ]);
  });

  it('builds a timeline of ERP events with short kinds', () => {
    const order = toErpOrder(erpSalesOrder(), 'acme');
    expect(order.timeline).toEqual([
      {
        at: '2026-11-01T09:30:00.000Z',
        system: 'ERP',
        kind: 'order.created',
        summary: 'Order entered via web shop',
      },
      {
        at: '2026-11-01T10:00:00.000Z',
        system: 'ERP',
        kind: 'order.released',
        summary: 'Released to warehouse',
      },
      {
        at: '2026-11-04T08:00:00.000Z',
        system: 'ERP',
        kind: 'return.created',
        summary: 'RMA-2000123 created',
      },
    ]);
  });

  it('falls back safely on unknown status codes', () => {
    const order = toErpOrder(
      erpSalesOrder({
        doc_status: 'BLOCKED_EXPORT',
        returns: [{ ...erpSalesOrder().returns![0]!, rma_status: 'ESCALATED' }],
        events: [{ ts: '20261101093000', type: 'SPLIT', text: 'Split' }],
      }),
      'acme',
    );
    expect(order.status).toBe('CONFIRMED');
    expect(order.nativeStatus).toBe('BLOCKED_EXPORT');
    expect(order.returns[0]?.status).toBe('REQUESTED');
    expect(order.timeline[0]?.kind).toBe('order.split');
  });

  it('works without expansions', () => {
    const { customer: _c, returns: _r, credit_memos: _m, ...bare } = erpSalesOrder();
    const order = toErpOrder(bare, 'acme');
    expect(order.customer).toMatchObject({
      number: 'C-10042',
      name: 'C-10042',
      email: null,
      tier: 'STANDARD',
    });
    expect(order.returns).toEqual([]);
    expect(order.refunds).toEqual([]);
  });

  it('throws on a malformed date so the order fails alone', () => {
    expect(() => toErpOrder(erpSalesOrder({ status_changed: '2026-11-03' }), 'acme')).toThrow(
      /ERP timestamp/,
    );
  });

  it('uses the currency of the order for USD tenants', () => {
    const usd = { value: '10.0000', curr: 'USD' };
    const order = toErpOrder(
      erpSalesOrder({ freight: usd, tax: usd, net_total: usd, gross_total: usd, lines: [] }),
      'globex',
    );
    expect(order.totals.subtotal).toEqual({ amount: '0.00', currency: 'USD' });
  });
});
