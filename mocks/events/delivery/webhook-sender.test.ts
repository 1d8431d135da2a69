import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import { startReceiver, type Receiver } from '../testing/start-receiver.js';
import type { RenderedWebhook } from '../wire/render-event.js';
import { createWebhookSender } from './webhook-sender.js';

const SECRETS = {
  wms: 'w-secret',
  easypost: 'e-secret',
  aftership: 'a-secret',
  zendesk: 'z-secret',
  cloudevents: 'c',
};
const FAST = { baseMs: 5, maxMs: 40 };
const webhook = (n: number, source: RenderedWebhook['source'] = 'wms'): RenderedWebhook => ({
  tenant: 'acme',
  source,
  eventKey: `${source}:e${n}`,
  body: JSON.stringify({ id: `e${n}` }),
});

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('createWebhookSender', () => {
  it('posts each webhook to its tenant and source route, signed so the BFF accepts it', async () => {
    receiver = await startReceiver();
    const sender = createWebhookSender({ targetUrl: receiver.url, secrets: SECRETS });
    for (const source of ['wms', 'easypost', 'aftership', 'zendesk'] as const)
      sender.enqueue(webhook(1, source));
    await sender.idle();
    await sender.close();
    expect(receiver.received.map((r) => r.path)).toEqual([
      '/events/acme/wms',
      '/events/acme/easypost',
      '/events/acme/aftership',
      '/events/acme/zendesk',
    ]);
    for (const r of receiver.received) {
      const source = r.path.split('/')[3] as 'wms';
      const headers = new Headers(r.headers as Record<string, string>);
      expect(verifyWebhook(source, headers, Buffer.from(r.body), SECRETS, Date.now())).toBe(true);
    }
  });

  it('retries a 503 with the same body and a fresh signature, honouring a capped Retry-After', async () => {
    receiver = await startReceiver((_, i) =>
      i < 2 ? { status: 503, headers: { 'retry-after': '5' } } : { status: 202 },
    );
    let clock = Date.now();
    const now = () => (clock += 60_000);
    const sender = createWebhookSender({ targetUrl: receiver.url, secrets: SECRETS, retry: FAST, now });
    sender.enqueue(webhook(7));
    await sender.idle();
    await sender.close();
    const [first, , third] = receiver.received;
    expect(receiver.received).toHaveLength(3);
    expect(third?.body).toBe(first?.body);
    const signatures = receiver.received.map((r) => r.headers['orderlens-signature']);
    expect(new Set(signatures).size).toBe(3);
    expect(third!.at - first!.at).toBeLessThan(1000);
    expect(sender.stats()).toMatchObject({ delivered: 1, retries: 2, rejected: 0 });
  });

  it('gives up on a 4xx at once, with a log line', async () => {
    receiver = await startReceiver(() => ({ status: 401 }));
    const lines: string[] = [];
    const sender = createWebhookSender({
      targetUrl: receiver.url,
      secrets: SECRETS,
      log: (l) => lines.push(l),
    });
    sender.enqueue(webhook(3));
    await sender.idle();
    await sender.close();
    expect(receiver.received).toHaveLength(1);
    expect(lines).toEqual([expect.stringMatching(/gave up on wms:e3: HTTP 401/)]);
  });

  it('retries network errors and gives up after maxAttempts', async () => {
    const lines: string[] = [];
    const sender = createWebhookSender({
      targetUrl: 'http://127.0.0.1:9', // discard port: nothing listens
      secrets: SECRETS,
      retry: { ...FAST, maxAttempts: 3 },
      log: (l) => lines.push(l),
    });
    sender.enqueue(webhook(4));
    await sender.idle();
    await sender.close();
    expect(sender.stats()).toMatchObject({ retries: 2, dropped: 1, delivered: 0 });
    expect(lines).toEqual([expect.stringMatching(/gave up on wms:e4 after 3 attempts/)]);
  });

  it('refuses webhooks beyond its queue bound and drops the queue when stopped', async () => {
    receiver = await startReceiver(() => ({ status: 503 }));
    const stop = new AbortController();
    const lines: string[] = [];
    const sender = createWebhookSender({
      targetUrl: receiver.url,
      secrets: SECRETS,
      maxQueue: 2,
      retry: FAST,
      signal: stop.signal,
      log: (l) => lines.push(l),
    });
    const accepted = [1, 2, 3, 4].map((n) => sender.enqueue(webhook(n)));
    // The first left the queue for the wire, so two more fit behind it.
    expect(accepted).toEqual([true, true, true, false]);
    stop.abort();
    await sender.close();
    await sender.idle();
    expect(sender.stats()).toMatchObject({ delivered: 0, dropped: 3, queued: 0, inFlight: 0 });
    expect(lines).toContain('stopped with 2 webhooks undelivered');
  });
});
