import { createClient, type Client } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../support/test-store.js';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

const CHANGES = `subscription ($after: String) { exceptionChanges(after: $after) { cursor kind exception { type orderNumber } } }`;

describe('two BFF replicas on PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let a: Stack;
  let b: Stack;
  let client: Client | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const store = await db.open(); // creates the schema's tables once, before two replicas race to
    await store.close();
    const settings = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL };
    [a, b] = await Promise.all([startStack(settings), startStack(settings)]);
  });
  afterAll(async () => {
    client?.dispose();
    await Promise.all([a?.close(), b?.close()]);
    await db?.drop();
  });

  it('delivers an event posted to one replica to a subscriber on the other', async () => {
    const sample = a.samples('acme', 1)[0]!;
    client = createClient({
      url: `${b.url}/graphql/stream`,
      headers: { authorization: `Bearer ${await b.tokenFor('agent-anna')}` },
      retryAttempts: 0,
    });
    const received: any[] = [];
    const head = await b.gql(`{ exceptions(first: 1) { feedCursor } }`, {}, 'agent-anna');
    client.subscribe(
      { query: CHANGES, variables: { after: head.body.data.exceptions.feedCursor } },
      { next: (v) => void received.push(v), error: () => {}, complete: () => {} },
    );
    const hook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
    });
    expect((await postWebhook(a.url, hook)).body).toEqual({ status: 'applied' });
    // A retry of the same event reaching the other replica is a duplicate there too: one store.
    expect((await postWebhook(b.url, hook)).body).toEqual({ status: 'duplicate' });

    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(received.map((r) => r.data.exceptionChanges.exception)).toEqual([
      { type: 'SHORT_PICK', orderNumber: sample.erpOrderNumber },
    ]);
  });
});
