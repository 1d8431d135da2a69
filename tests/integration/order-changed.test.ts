import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

describe('Subscription.orderChanged', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('tells an open panel when its order changes, with the order as it is now, and not about other orders', async () => {
    const [mine, other] = stack.samples('acme', 2) as [any, any];
    const client = createClient({
      url: `${stack.url}/graphql/stream`,
      headers: { authorization: `Bearer ${await stack.tokenFor('agent-anna')}` },
      retryAttempts: 0,
    });
    const head = await stack.gql(`{ exceptions(first: 1) { feedCursor } }`);
    const received: any[] = [];
    const dispose = client.subscribe(
      {
        query: `subscription ($ref: String!, $after: String) { orderChanged(ref: $ref, after: $after) { cursor orderNumber order { id exceptions { type status } } } }`,
        variables: { ref: mine.trackingNumber, after: head.body.data.exceptions.feedCursor },
      },
      {
        next: (v) => void received.push(v),
        error: (e) => void received.push({ error: e }),
        complete: () => {},
      },
    );
    await postWebhook(
      stack.url,
      shortPickWebhook({
        tenant: 'acme',
        orderNumber: other.erpOrderNumber,
        wmsReference: other.wmsReference,
      }),
    );
    await postWebhook(
      stack.url,
      shortPickWebhook({ tenant: 'acme', orderNumber: mine.erpOrderNumber, wmsReference: mine.wmsReference }),
    );
    const deadline = Date.now() + 8000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    dispose();
    client.dispose();
    expect(received[0]?.data?.orderChanged).toMatchObject({
      orderNumber: mine.erpOrderNumber,
      order: { id: mine.erpOrderNumber, exceptions: [{ type: 'SHORT_PICK', status: 'OPEN' }] },
    });
    expect(received.every((r) => r.data?.orderChanged?.orderNumber === mine.erpOrderNumber)).toBe(true);
  });
});
