import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

describe('GraphQL over HTTP conformance', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('passes every MUST audit of graphql-http against the running BFF', async () => {
    const token = await stack.tokenFor();
    const results = await auditServer({
      url: `${stack.url}/graphql`,
      fetchFn: (input: RequestInfo, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const mustFailures = results.filter((r) => r.id && r.name.startsWith('MUST') && r.status !== 'ok');
    expect(results.length).toBeGreaterThan(20);
    expect(mustFailures.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});
