import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

const ORDER = /* GraphQL */ `
  query ($ref: String!) {
    order(ref: $ref) {
      id
      customer {
        name
        email
      }
      shipments {
        trackingNumber
      }
      cases {
        id
        subject
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query ($email: String!) {
    searchOrders(filter: { email: $email }) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe('tenant isolation', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('never shows one tenant the other tenant’s orders by any reference (NOT_FOUND, not FORBIDDEN)', async () => {
    for (const [owner, intruder] of [
      ['acme', 'agent-gary'],
      ['globex', 'agent-anna'],
    ] as const) {
      for (const sample of stack.samples(owner, 3)) {
        const canaries = Object.values(sample);
        for (const ref of canaries) {
          const { body } = await stack.gql(ORDER, { ref }, intruder);
          expect(body.errors, ref).toBeUndefined();
          expect(body.data!.order, ref).toBeNull();
        }
        const { body } = await stack.gql(SEARCH, { email: sample.customerEmail }, intruder);
        expect(body.data!.searchOrders.edges).toEqual([]);
        // The intruder's own data shows up in neither answer as anything of the owner's.
        const own = await stack.gql(
          ORDER,
          { ref: stack.samples(owner === 'acme' ? 'globex' : 'acme', 1)[0]!.erpOrderNumber },
          intruder,
        );
        const text = JSON.stringify(own.body);
        for (const canary of canaries) expect(text).not.toContain(canary);
      }
    }
  });

  it('shows each tenant its own orders', async () => {
    const sample = stack.samples('globex', 1)[0]!;
    const { body } = await stack.gql(ORDER, { ref: sample.erpOrderNumber }, 'agent-gary');
    expect(body.data!.order.id).toBe(sample.erpOrderNumber);
  });
});
