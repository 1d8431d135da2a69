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

  // A literal this deep overflows graphql-js's recursive parser before the token limit is reached.
  const deepList = (n: number) => `{ order(ref: ${'['.repeat(n)}"x"${']'.repeat(n)}) { id } }`;
  const deepObject = `{ exceptions(filter: ${'{team:'.repeat(5_000)}"x"${'}'.repeat(5_000)}) { feedCursor } }`;
  const expectCoded400 = async (res: Response) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions?: { code?: string } }[] };
    expect(body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  };

  it('answers a deeply nested literal with a coded 400, not a 500, on POST, GET and the stream', async () => {
    await stack.reset();
    const authorization = `Bearer ${await stack.tokenFor()}`;
    for (const query of [deepList(10_000), deepObject]) {
      const post = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });
      await expectCoded400(post);
    }
    // `[` and `]` need no escaping in a query string; 5000 levels stay under Node's header size limit.
    const get = await fetch(`${stack.url}/graphql?query=${deepList(5_000).replaceAll(' ', '%20')}`, {
      headers: { accept: 'application/json', authorization },
    });
    await expectCoded400(get);
    const stream = await fetch(`${stack.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
      body: JSON.stringify({
        query: `subscription { exceptionChanges(after: ${'['.repeat(10_000)}"x"${']'.repeat(10_000)}) { cursor } }`,
      }),
    });
    await expectCoded400(stream);
    expect(await total()).toBe(0);
  });

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
