import { createClient, type Client } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

const CHANGES = /* GraphQL */ `
  subscription ($after: String) {
    exceptionChanges(after: $after) {
      cursor
      kind
      exception {
        id
        type
        status
        severity
        orderNumber
        summary
      }
    }
  }
`;
const INBOX = /* GraphQL */ `
  query {
    exceptions(first: 50) {
      edges {
        node {
          id
          type
          status
          orderNumber
          history {
            actor
            action
          }
          order {
            id
          }
        }
      }
    }
  }
`;

/** Collects a subscription's payloads until `until` holds or the time runs out. */
function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const received: any[] = [];
  const waiters: (() => void)[] = [];
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        received.push(value);
        for (const w of waiters.splice(0)) w();
      },
      error: (error) => received.push({ error }),
      complete: () => {},
    },
  );
  const until = async (check: (r: any[]) => boolean, ms = 8000) => {
    const deadline = Date.now() + ms;
    while (!check(received)) {
      if (Date.now() > deadline)
        throw new Error(`timed out; received ${JSON.stringify(received).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return received;
  };
  return { received, until, dispose };
}

describe('exceptions from webhooks to agents', () => {
  let stack: Stack;
  const clients: Client[] = [];
  const sseClient = async (agent: string, singleConnection = false) => {
    const token = await stack.tokenFor(agent);
    const client = createClient({
      url: `${stack.url}/graphql/stream`,
      headers: { authorization: `Bearer ${token}` },
      singleConnection,
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };
  /** Where the feed stands now, as an inbox's first load reports it. */
  const feedCursor = async (agent: string) =>
    (await stack.gql(`{ exceptions(first: 1) { feedCursor } }`, {}, agent)).body.data.exceptions
      .feedCursor as string;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    for (const c of clients) c.dispose();
    await stack.close();
  });

  it('turns a signed short-pick webhook into an exception that a subscribed agent receives live, once', async () => {
    const sample = stack.samples('acme', 1)[0]!;
    const live = collect(await sseClient('agent-anna', true), CHANGES, {
      after: await feedCursor('agent-anna'),
    });
    const other = collect(await sseClient('agent-gary'), CHANGES, { after: await feedCursor('agent-gary') });

    const hook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
    });
    expect(await postWebhook(stack.url, hook)).toEqual({ status: 202, body: { status: 'applied' } });
    expect(await postWebhook(stack.url, hook)).toEqual({ status: 202, body: { status: 'duplicate' } });

    const [first] = await live.until((r) => r.length >= 1);
    expect(first.data.exceptionChanges).toMatchObject({
      kind: 'RAISED',
      exception: { type: 'SHORT_PICK', status: 'OPEN', orderNumber: sample.erpOrderNumber },
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(live.received).toHaveLength(1);
    expect(other.received).toHaveLength(0); // another tenant's agent hears nothing

    const inbox = await stack.gql(INBOX, {}, 'agent-anna');
    const row = inbox.body.data.exceptions.edges
      .map((e: any) => e.node)
      .find((n: any) => n.orderNumber === sample.erpOrderNumber);
    expect(row).toMatchObject({ type: 'SHORT_PICK', order: { id: sample.erpOrderNumber } });
    expect((await stack.gql(INBOX, {}, 'agent-gary')).body.data.exceptions.edges).toEqual([]);
    live.dispose();
    other.dispose();
  });

  it('lets an agent acknowledge, records who did it, and streams the change; a viewer may not', async () => {
    const sample = stack.samples('acme', 2)[1]!;
    const hook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
    });
    await postWebhook(stack.url, hook);
    const { body } = await stack.gql(
      `query ($o: String!) { exceptions(filter: { orderNumber: $o }) { edges { cursor node { id } } } }`,
      { o: sample.erpOrderNumber },
    );
    const id = body.data.exceptions.edges[0].node.id;

    const ack = `mutation ($id: ID!) { acknowledgeException(id: $id) { id status history { actor action } } }`;
    const denied = await stack.gql(ack, { id }, 'viewer-vera');
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await stack.gql(ack, { id }, 'agent-gary');
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const live = collect(await sseClient('lead-lukas'), CHANGES, { after: await feedCursor('lead-lukas') });
    const done = await stack.gql(ack, { id }, 'agent-anna');
    expect(done.body.data.acknowledgeException).toMatchObject({ status: 'ACKNOWLEDGED' });
    expect(done.body.data.acknowledgeException.history.map((h: any) => [h.actor, h.action])).toContainEqual([
      'agent-anna',
      'acknowledged',
    ]);
    const [change] = await live.until((r) => r.length >= 1);
    expect(change.data.exceptionChanges).toMatchObject({
      kind: 'UPDATED',
      exception: { id, status: 'ACKNOWLEDGED' },
    });

    const again = await stack.gql(ack, { id }, 'agent-anna');
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    live.dispose();
  });

  it('resumes from a cursor with the changes missed while away, and nothing twice', async () => {
    const [a, b] = stack.samples('globex', 2) as [any, any];
    const first = collect(await sseClient('agent-gary'), CHANGES, { after: await feedCursor('agent-gary') });
    await postWebhook(
      stack.url,
      shortPickWebhook({ tenant: 'globex', orderNumber: a.erpOrderNumber, wmsReference: a.wmsReference }),
    );
    const [seen] = await first.until((r) => r.length >= 1);
    first.dispose();

    await postWebhook(
      stack.url,
      shortPickWebhook({ tenant: 'globex', orderNumber: b.erpOrderNumber, wmsReference: b.wmsReference }),
    );
    const resumed = collect(await sseClient('agent-gary'), CHANGES, {
      after: seen.data.exceptionChanges.cursor,
    });
    const got = await resumed.until((r) => r.length >= 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(got.map((g) => g.data.exceptionChanges.exception.orderNumber)).toEqual([b.erpOrderNumber]);
    resumed.dispose();
  });

  it('rejects webhooks with a bad signature and stores nothing', async () => {
    const sample = stack.samples('acme', 3)[2]!;
    const hook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
    });
    const tampered = { ...hook, body: hook.body.replace('"qty_short":4', '"qty_short":5') };
    expect((await postWebhook(stack.url, tampered)).status).toBe(401);
    const { body } = await stack.gql(
      `query ($o: String!) { exceptions(filter: { orderNumber: $o }) { edges { node { id } } } }`,
      { o: sample.erpOrderNumber },
    );
    expect(body.data.exceptions.edges).toEqual([]);
  });
});
