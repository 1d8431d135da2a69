import { describe, expect, it } from 'vitest';
import { createBffClient } from './bff-client.js';
import { ORDER_PANEL_QUERY } from './documents/index.js';

/** A fetch answering every POST with `data`, recording each request body. */
function fakeFetch(data: unknown) {
  const bodies: unknown[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, bodies };
}

describe('createBffClient', () => {
  it('sends a typed document as its plain text and types the result from it', async () => {
    const { fetch, bodies } = fakeFetch({ order: { id: 'o-1', references: { erpOrderNumber: 'SO-1' } } });
    const client = createBffClient({ endpoint: '/graphql', getToken: () => 't', fetch });
    const result = await client.request(ORDER_PANEL_QUERY, { ref: 'SO-1', kind: 'ERP_ORDER_NUMBER' });
    expect(bodies).toEqual([
      { query: ORDER_PANEL_QUERY, variables: { ref: 'SO-1', kind: 'ERP_ORDER_NUMBER' } },
    ]);
    // Typed without a cast: a field the document does not select would not compile.
    const number: string | undefined = result.data?.order?.references.erpOrderNumber;
    expect(number).toBe('SO-1');
    // @ts-expect-error `OrderPanel` selects no `invoiceNumber`
    expect(result.data?.order?.invoiceNumber).toBeUndefined();
  });

  it('refuses at compile time variables the document does not declare', async () => {
    const { fetch, bodies } = fakeFetch({ order: null });
    const client = createBffClient({ endpoint: '/graphql', getToken: () => 't', fetch });
    // @ts-expect-error `$ref` is a String
    await client.request(ORDER_PANEL_QUERY, { ref: 1 });
    // @ts-expect-error `$kind` takes an `OrderRefKind`, not any string
    await client.request(ORDER_PANEL_QUERY, { ref: 'SO-1', kind: 'INVOICE' });
    expect(bodies).toHaveLength(2);
  });
});
