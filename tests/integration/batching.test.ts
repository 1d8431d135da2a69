import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

const PAGE = /* GraphQL */ `
  query ($name: String!) {
    searchOrders(filter: { name: $name }, first: 50) {
      edges {
        node {
          id
          status
          lines {
            quantities {
              allocated
              shipped
            }
          }
          shipments {
            trackingNumber
            milestones {
              status
            }
          }
          cases {
            id
            status
          }
        }
      }
    }
  }
`;

describe('upstream batching', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  beforeEach(() => stack.reset());
  afterAll(() => stack.close());

  const calls = async () => ({
    erp: (await stack.stats('erp')).total,
    wms: (await stack.stats('wms')).total,
    crm: (await stack.stats('crm')).total,
  });

  it('asks each system once for an order 360 by ERP number', async () => {
    const sample = stack.samples('acme', 1)[0]!;
    const { body } = await stack.gql(
      `query ($ref: String!) { order(ref: $ref) { id status systemStatuses { system } lines { quantities { allocated } } shipments { id } returns { rmaNumber } refunds { id } cases { id } timeline { kind } } }`,
      { ref: sample.erpOrderNumber },
    );
    expect(body.errors).toBeUndefined();
    expect(await calls()).toEqual({ erp: 1, wms: 1, crm: 1 });
  });

  it('makes one call per system and level for a 50-order page with nested shipments and cases', async () => {
    const { body } = await stack.gql(PAGE, { name: 'a' });
    expect(body.errors).toBeUndefined();
    expect(body.data.searchOrders.edges).toHaveLength(50);
    expect(await calls()).toEqual({ erp: 1, wms: 1, crm: 1 });
  });
});
