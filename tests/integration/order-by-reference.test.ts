import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';

const ORDER_360 = /* GraphQL */ `
  query Order360($ref: String!, $kind: OrderRefKind) {
    order(ref: $ref, kind: $kind) {
      id
      status
      references {
        erpOrderNumber
        wmsReference
        channelReference
        customerPo
      }
      systemStatuses {
        system
        nativeStatus
        status
        asOf
      }
      customer {
        number
        name
        email
        tier
      }
      lines {
        lineNumber
        sku
        quantities {
          ordered
          allocated
          picked
          shipped
          backordered
          cancelled
          returned
          refunded
        }
        total {
          amount
          currency
        }
      }
      totals {
        total {
          amount
          currency
        }
        refunded {
          amount
          currency
        }
      }
      shipments {
        id
        carrier
        trackingNumber
        trackingUrl
        status
        milestones {
          at
          status
          carrierCode
          description
        }
      }
      returns {
        rmaNumber
        status
        lines {
          sku
          quantity
          reason
          disposition
        }
      }
      refunds {
        id
        kind
        status
        amount {
          amount
          currency
        }
      }
      cases {
        id
        subject
        status
        url
        orderReference
      }
      timeline {
        at
        system
        kind
        summary
      }
    }
  }
`;

const KINDS = [
  ['ERP_ORDER_NUMBER', 'erpOrderNumber'],
  ['WMS_REFERENCE', 'wmsReference'],
  ['CHANNEL_REFERENCE', 'channelReference'],
  ['CUSTOMER_PO', 'customerPo'],
  ['TRACKING_NUMBER', 'trackingNumber'],
  ['RMA_NUMBER', 'rmaNumber'],
  ['TICKET_ID', 'ticketId'],
] as const;

describe('Query.order', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  for (const tenant of ['acme', 'globex'] as const) {
    const agent = tenant === 'acme' ? 'agent-anna' : 'agent-gary';

    it(`resolves every reference kind to the same order (${tenant})`, async () => {
      for (const sample of stack.samples(tenant, 3)) {
        for (const [kind, field] of KINDS) {
          const ref = sample[field];
          const guessed = await stack.gql(ORDER_360, { ref }, agent);
          expect(guessed.body.errors, `${kind} ${ref}`).toBeUndefined();
          expect(guessed.body.data.order?.id, `${kind} ${ref} without kind`).toBe(sample.erpOrderNumber);
          const explicit = await stack.gql(ORDER_360, { ref, kind }, agent);
          expect(explicit.body.data.order?.id, `${kind} ${ref}`).toBe(sample.erpOrderNumber);
        }
      }
    });

    it(`returns the whole fulfilment picture from every system (${tenant})`, async () => {
      const [sample] = stack.samples(tenant, 1);
      const { body } = await stack.gql(ORDER_360, { ref: sample!.erpOrderNumber }, agent);
      expect(body.errors).toBeUndefined();
      const order = body.data.order;
      expect(order.references.wmsReference).toBe(sample!.wmsReference);
      expect(order.lines.length).toBeGreaterThan(0);
      expect(order.lines[0].quantities.allocated).toEqual(expect.any(Number));
      expect(order.shipments.length).toBeGreaterThan(0);
      expect(order.shipments.some((s: any) => s.milestones.length > 0)).toBe(true);
      expect(order.returns.map((r: any) => r.rmaNumber)).toContain(sample!.rmaNumber);
      expect(order.cases.map((c: any) => c.id)).toContain(sample!.ticketId);
      expect(order.systemStatuses.map((s: any) => s.system)).toEqual(
        expect.arrayContaining(['ERP', 'WMS', 'CRM']),
      );
      expect(order.timeline.length).toBeGreaterThan(2);
      const times = order.timeline.map((e: any) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
    });
  }

  it('answers null for a reference that matches nothing', async () => {
    const { body } = await stack.gql(ORDER_360, { ref: 'SO-9999999' });
    expect(body.errors).toBeUndefined();
    expect(body.data.order).toBeNull();
  });

  it('rejects an empty or oversized reference with a clear error', async () => {
    for (const ref of ['   ', 'x'.repeat(101)]) {
      const { body } = await stack.gql(ORDER_360, { ref });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
