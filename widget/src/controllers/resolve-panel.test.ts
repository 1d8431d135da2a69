import { describe, expect, it } from 'vitest';
import type { BffClient, GraphQLResult } from '../client/bff-client.js';
import type { TypedDocumentString } from '../client/typed-document.js';
import { orderFixture } from '../model/__fixtures__/order-fixture.js';
import { createPanelResolver } from './resolve-panel.js';

type Answer = (variables: Record<string, unknown>) => GraphQLResult<unknown>;

/** A client answering the order query and the customer-orders query with the given functions. */
function fakeClient(order: Answer, orders: Answer = () => ({ data: { searchOrders: null }, errors: [] })) {
  const calls: Record<string, unknown>[] = [];
  const client: BffClient = {
    request: async <TResult, TVariables>(
      query: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
    ) => {
      const vars = variables as Record<string, unknown>;
      calls.push(vars);
      return (query.includes('searchOrders') ? orders(vars) : order(vars)) as GraphQLResult<TResult>;
    },
  };
  return { client, calls };
}

const signal = new AbortController().signal;
const none = { orderRef: '', ticketId: '', customerEmail: '' };
const down = (system: string) => ({ message: 'down', extensions: { code: 'UPSTREAM_UNAVAILABLE', system } });
const page = { data: { searchOrders: { edges: [], pageInfo: { hasNextPage: false } } }, errors: [] };

describe('createPanelResolver', () => {
  it('offers the search box when the host gives no context', async () => {
    const { client, calls } = fakeClient(() => ({ data: null, errors: [] }));
    expect(await createPanelResolver()(client, none, null, signal)).toEqual({ view: 'search' });
    expect(calls).toEqual([]);
  });

  it('looks a ticket up by its id with the TICKET_ID kind', async () => {
    const { client, calls } = fakeClient(() => ({ data: { order: orderFixture() }, errors: [] }));
    const result = await createPanelResolver()(client, { ...none, ticketId: '48002' }, null, signal);
    expect(result.view).toBe('order');
    expect(calls).toEqual([{ ref: '48002', kind: 'TICKET_ID' }]);
  });

  it('falls back to the requester’s orders when the ticket names no order', async () => {
    const { client, calls } = fakeClient(
      () => ({ data: { order: null }, errors: [] }),
      () => page,
    );
    const result = await createPanelResolver()(
      client,
      { ...none, ticketId: '1', customerEmail: 'a@b.example' },
      null,
      signal,
    );
    expect(result).toMatchObject({ view: 'orders', email: 'a@b.example' });
    expect(result).not.toHaveProperty('unmatchedRef');
    expect(calls[1]).toEqual({ email: 'a@b.example', first: 10 });
  });

  it('says which order number matched nothing before listing the requester’s orders', async () => {
    const { client } = fakeClient(
      () => ({ data: { order: null }, errors: [] }),
      () => page,
    );
    const result = await createPanelResolver()(
      client,
      { ...none, orderRef: 'SO-9', customerEmail: 'a@b.example' },
      null,
      signal,
    );
    expect(result).toMatchObject({ view: 'orders', unmatchedRef: 'SO-9' });
  });

  it('reports "unavailable", not "not found", when a failed system left the reference unresolved', async () => {
    const { client } = fakeClient(() => ({ data: { order: null }, errors: [down('WMS')] }));
    const result = await createPanelResolver()(client, { ...none, orderRef: '1Z999' }, null, signal);
    expect(result).toMatchObject({ view: 'unavailable', problems: [{ system: 'WMS' }] });
  });

  it('shows the last-known order with its age when the ERP goes down after a good answer', async () => {
    let erpDown = false;
    const { client } = fakeClient(() =>
      erpDown
        ? { data: { order: null }, errors: [down('ERP')] }
        : { data: { order: orderFixture() }, errors: [] },
    );
    const resolve = createPanelResolver();
    await resolve(client, { ...none, orderRef: 'SO-1000001' }, null, signal);
    erpDown = true;
    const result = await resolve(client, { ...none, orderRef: 'SO-1000001' }, null, signal);
    expect(result).toMatchObject({
      view: 'order',
      order: { id: 'SO-1000001' },
      problems: [{ system: 'ERP' }],
    });
    expect(result.view === 'order' && result.stale.has('ERP')).toBe(true);
  });

  it('follows the agent’s pick over the host’s context', async () => {
    const { client, calls } = fakeClient(() => ({ data: { order: orderFixture() }, errors: [] }));
    await createPanelResolver()(
      client,
      { ...none, ticketId: '1' },
      { kind: 'ref', ref: 'SO-1000001' },
      signal,
    );
    expect(calls).toEqual([{ ref: 'SO-1000001', kind: null }]);
  });
});
