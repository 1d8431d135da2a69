import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import type { WebhookSource } from '../../../bff/src/events/webhook-source.js';
import { createPrng } from '../../world/prng.js';
import { getWorld } from '../../world/world.js';
import { SITUATIONS } from '../story/situations.js';
import { situationOf } from '../testing/situation-of.js';
import { startReceiver, type ReceivedWebhook, type Receiver } from '../testing/start-receiver.js';
import { startEventGenerator } from './start-event-generator.js';

const SECRETS = { wms: 'g-wms', easypost: 'g-easypost', aftership: 'g-aftership', zendesk: 'g-zendesk', cloudevents: 'c' };
const world = getWorld();

let receiver: Receiver | undefined;
const stop = new AbortController();
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

const tenantOf = (w: ReceivedWebhook) => w.path.split('/')[2];
const idOf = (w: ReceivedWebhook) => {
  const b = JSON.parse(w.body) as Record<string, any>;
  return String(b.id ?? b.event_id);
};

describe('startEventGenerator', () => {
  it('brings about every situation in both tenants within seconds, signed so the BFF accepts it', async () => {
    receiver = await startReceiver();
    const r = receiver;
    const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(8000)]);
    const abort = new AbortController();
    const generator = startEventGenerator({
      targetUrl: r.url,
      secrets: SECRETS,
      signal: AbortSignal.any([signal, abort.signal]),
      intervalMs: 4,
      duplicateRate: 0.2,
      outOfOrderRate: 0.2,
      world,
      random: createPrng(11).next,
    });
    const seen = () => new Set(r.received.map((w) => `${situationOf(w, Date.now())}|${tenantOf(w)}`));
    const wanted = SITUATIONS.flatMap((s) => [`${s}|acme`, `${s}|globex`]);
    await until(() => wanted.every((k) => seen().has(k)), 5000);
    abort.abort();
    await generator.stopped;

    expect(wanted.filter((k) => !seen().has(k))).toEqual([]);
    for (const w of r.received) {
      const source = w.path.split('/')[3] as WebhookSource;
      const headers = new Headers(w.headers as Record<string, string>);
      expect(verifyWebhook(source, headers, Buffer.from(w.body), SECRETS, Date.now()), w.body).toBe(true);
    }
    // At least once: some events arrive twice, byte for byte.
    const bodies = new Map<string, string>();
    const repeats = r.received.filter((w) => {
      const key = `${w.path}|${idOf(w)}`;
      const again = bodies.has(key);
      if (again) expect(w.body).toBe(bodies.get(key));
      bodies.set(key, w.body);
      return again;
    });
    expect(repeats.length).toBeGreaterThan(0);
    // Those still queued when it stopped were dropped, so fewer may have arrived than were sent.
    expect(generator.stats().duplicates).toBeGreaterThanOrEqual(repeats.length);
    expect(generator.stats().outOfOrder).toBeGreaterThan(0);
  });

  it('sends each shipment.created before its parcel\'s scans, and each parcel\'s scans forward in time', async () => {
    receiver = await startReceiver();
    const r = receiver;
    const abort = new AbortController();
    const generator = startEventGenerator({
      targetUrl: r.url,
      secrets: SECRETS,
      signal: abort.signal,
      intervalMs: 2,
      outOfOrderRate: 0,
      duplicateRate: 0,
      world,
      random: createPrng(5).next,
    });
    await until(() => r.received.length >= 300, 5000);
    abort.abort();
    await generator.stopped;
    const labelled = new Set<string>();
    for (const w of r.received) {
      const b = JSON.parse(w.body) as Record<string, any>;
      if (b.type === 'shipment.created') labelled.add(b.data.tracking_no);
      const tracking = b.result?.tracking_code ?? b.msg?.tracking_number;
      if (tracking) expect(labelled.has(tracking), tracking).toBe(true);
    }
    // Within one parcel, occurred times only move forward.
    const last = new Map<string, number>();
    for (const w of r.received) {
      const b = JSON.parse(w.body) as Record<string, any>;
      const tracking = b.result?.tracking_code ?? b.msg?.tracking_number;
      if (!tracking) continue;
      const at = b.msg ? b.ts * 1000 : Date.parse(b.result.updated_at);
      expect(at).toBeGreaterThan(last.get(tracking) ?? 0);
      last.set(tracking, at);
    }
  });

  it('retries a 503 with the same event, then stops sending once aborted', async () => {
    receiver = await startReceiver((_, i) => ({ status: i === 0 ? 503 : 202 }));
    const r = receiver;
    const abort = new AbortController();
    const generator = startEventGenerator({
      targetUrl: r.url,
      secrets: SECRETS,
      signal: abort.signal,
      intervalMs: 20,
      parallel: 1,
      world,
      random: createPrng(2).next,
      sender: { retry: { baseMs: 5, maxMs: 20 } },
    });
    await until(() => r.received.length >= 3, 3000);
    abort.abort();
    await generator.stopped;
    const count = r.received.length;
    expect(r.received[1]?.body).toBe(r.received[0]?.body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(r.received).toHaveLength(count);
    expect(generator.stats().sender.retries).toBe(1);
  });
});
