import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

const SEARCH = /* GraphQL */ `
  query ($filter: OrderSearch!, $first: Int, $after: String) {
    searchOrders(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          placedAt
          customer {
            number
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('Query.searchOrders', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('finds a customer’s orders by email, newest first, and pages through them with cursors', async () => {
    const email = stack.samples('acme', 1)[0]!.customerEmail;
    const all = await stack.gql(SEARCH, { filter: { email }, first: 50 });
    const ids = all.body.data!.searchOrders.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    const dates = all.body.data!.searchOrders.edges.map((e: any) => e.node.placedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const e of all.body.data!.searchOrders.edges)
      expect(e.node.customer.email.toLowerCase()).toBe(email.toLowerCase());

    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = await stack.gql(SEARCH, { filter: { email }, first: 1, after });
      paged.push(...page.body.data.searchOrders.edges.map((e: any) => e.node.id));
      if (!page.body.data.searchOrders.pageInfo.hasNextPage) break;
      after = page.body.data.searchOrders.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
  });

  it('finds orders by customer number and by name', async () => {
    const email = stack.samples('acme', 1)[0]!.customerEmail;
    const byEmail = await stack.gql(SEARCH, { filter: { email }, first: 1 });
    const customer = byEmail.body.data!.searchOrders.edges[0].node.customer;
    const byNumber = await stack.gql(SEARCH, { filter: { customerNumber: customer.number }, first: 5 });
    expect(byNumber.body.data!.searchOrders.edges.length).toBeGreaterThan(0);
    for (const e of byNumber.body.data!.searchOrders.edges)
      expect(e.node.customer.number).toBe(customer.number);
  });

  it('rejects a filter with none or several fields, and a page size out of bounds', async () => {
    for (const [filter, first] of [
      [{}, 10],
      [{ email: 'a@b.c', name: 'x' }, 10],
      [{ email: 'a@b.c' }, 500],
    ] as const) {
      const { body } = await stack.gql(SEARCH, { filter, first });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects a forged cursor', async () => {
    const { body } = await stack.gql(SEARCH, { filter: { email: 'a@b.c' }, after: 'not-a-cursor' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
