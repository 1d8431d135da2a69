import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

const TIMEOUTS = { headersMs: 300, requestMs: 500, keepAliveMs: 300, checkIntervalMs: 50 };
const CHANGES = `subscription ($after: String) { exceptionChanges(after: $after) { cursor kind exception { type orderNumber } } }`;

describe('the BFF’s own HTTP timeouts', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, TIMEOUTS);
  });
  afterAll(() => stack.close());

  it('cuts off a client that trickles its headers within the headers timeout', async () => {
    const { port } = new URL(stack.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    const started = Date.now();
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const timer = setInterval(() => !socket.destroyed && socket.write('X-Slow: 1\r\n'), 50);
    const closedAfter = await Promise.race([
      new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started))),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000)),
    ]);
    clearInterval(timer);
    socket.destroy();
    expect(closedAfter).not.toBeNull();
    expect(closedAfter!).toBeLessThan(TIMEOUTS.headersMs + 500);
  });

  it('keeps an event stream open past the request timeout and still delivers changes on it', async () => {
    const [sample] = stack.samples('acme', 1) as [any];
    const after = (await stack.gql(`{ exceptions(first: 1) { feedCursor } }`)).body.data.exceptions
      .feedCursor;
    const controller = new AbortController();
    const res = await fetch(`${stack.url}/graphql/stream`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await stack.tokenFor()}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ query: CHANGES, variables: { after } }),
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    let text = '';
    let ended = false;
    void (async () => {
      const decoder = new TextDecoder();
      const reader = res.body!.getReader();
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read())
          text += decoder.decode(read.value, { stream: true });
      } catch {
        // aborted below
      }
      ended = true;
    })();

    await new Promise((r) => setTimeout(r, TIMEOUTS.requestMs * 3));
    expect(ended).toBe(false);
    await postWebhook(
      stack.url,
      shortPickWebhook({
        tenant: 'acme',
        orderNumber: sample.erpOrderNumber,
        wmsReference: sample.wmsReference,
      }),
    );
    const deadline = Date.now() + 8_000;
    while (!text.includes('SHORT_PICK') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(text).toContain('SHORT_PICK');
    expect(ended).toBe(false);
    controller.abort();
  });
});
