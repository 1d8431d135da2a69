import { describe, expect, it } from 'vitest';
import { deskTickets, type DeskOrderSource } from './desk-tickets.js';

const ticket = (id: number, orderField: string | null, status = 'open') => ({
  id,
  subject: `t${id}`,
  description: '',
  status,
  priority: null,
  channel: 'web',
  createdAt: Date.parse('2026-10-01T00:00:00Z') + id * 60_000,
  orderField,
  tags: [],
});
const order = (id: number, over: Partial<DeskOrderSource> = {}): DeskOrderSource => ({
  tenant: 'acme',
  lifecycle: 'shipped',
  returns: [],
  customer: { contactName: 'C', requesterEmail: 'c@x.example' },
  tickets: [ticket(id, `SO-${id}`)],
  ...over,
});

describe('deskTickets', () => {
  it('mixes tickets without an order field, with returns, with backorders and plain ones', () => {
    const orders = [
      ...[1, 2, 3].map((i) => order(i)),
      order(4, { tickets: [ticket(4, null)] }),
      order(5, { returns: [{}] }),
      order(6, { lifecycle: 'partially_shipped' }),
    ];
    const ids = deskTickets(orders, 'acme', 4)
      .map((t) => t.id)
      .sort();
    expect(ids).toEqual(['3', '4', '5', '6']);
  });

  it('leaves out solved tickets and other tenants', () => {
    const orders = [order(1, { tickets: [ticket(1, 'SO-1', 'solved')] }), order(2, { tenant: 'globex' })];
    expect(deskTickets(orders, 'acme', 5)).toEqual([]);
  });
});
