import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

describe('GraphQL bounds', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const total = async () =>
    (await Promise.all((['erp', 'wms', 'crm'] as const).map((s) => stack.stats(s)))).reduce(
      (n, s) => n + s.total,
      0,
    );

  const bombs: Record<string, string> = {
    depth: `{ searchOrders(filter:{name:"a"}) { edges { node { customer { orders { edges { node { customer { orders { edges { node { customer { orders { edges { node { id } } } } } } } } } } } } } } } }`,
    aliases: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: order(ref: "SO-100000${i % 10}") { id }`).join(' ')} }`,
    tokens: `{ viewer { ${Array.from({ length: 3000 }, () => 'id').join(' ')} } }`,
    directives: `{ viewer { id ${'@include(if: true) '.repeat(60)} } }`,
  };

  for (const [name, query] of Object.entries(bombs)) {
    it(`rejects a ${name} bomb before touching any upstream`, async () => {
      await stack.reset();
      const { body } = await stack.gql(query);
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(body.data ?? null).toBeNull();
      expect(await total()).toBe(0);
    });
  }

  it('rejects a body over 100 KB with 413', async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor()}` },
      body: JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('does not execute batched arrays of operations', async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor()}` },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});
