import { afterEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import type { WebhookSource } from '../../../bff/src/events/webhook-source.js';
import { createPrng } from '../../world/prng.js';
import { generateWorld } from '../../world/world.js';
import { SITUATIONS } from '../story/situations.js';
import { situationOf } from '../testing/situation-of.js';
import { startIntake } from '../testing/start-intake.js';
import { startReceiver, type ReceivedWebhook, type Receiver } from '../testing/start-receiver.js';
import { startEventGenerator } from './start-event-generator.js';

const SECRETS = {
  wms: 'g-wms',
  easypost: 'g-easypost',
  aftership: 'g-aftership',
  zendesk: 'g-zendesk',
  cloudevents: 'c',
};
// A smaller world than the default 10,000 orders: every situation is in it, and it is built faster.
const world = generateWorld({ orderCount: 3000 });

let receiver: Receiver | undefined;
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
    const abort = new AbortController();
    const started = Date.now();
    const generator = startEventGenerator({
      targetUrl: r.url,
      secrets: SECRETS,
      signal: AbortSignal.any([abort.signal, AbortSignal.timeout(10_000)]),
      intervalMs: 4,
      duplicateRate: 0.2,
      outOfOrderRate: 0.2,
      world,
      log: () => {},
      random: createPrng(11).next,
    });
    const wanted = SITUATIONS.flatMap((s) => [`${s}|acme`, `${s}|globex`]);
    const seen = new Set<string>();
    let read = 0;
    await until(() => {
      for (; read < r.received.length; read++) {
        const w = r.received[read]!;
        seen.add(`${situationOf(w, Date.now())}|${tenantOf(w)}`);
      }
      return wanted.every((k) => seen.has(k));
    }, 8000);
    const elapsed = Date.now() - started;
    abort.abort();
    await generator.stopped;

    expect(wanted.filter((k) => !seen.has(k))).toEqual([]);
    expect(elapsed).toBeLessThan(8000);
    const unverified = r.received.filter((w) => {
      const source = w.path.split('/')[3] as WebhookSource;
      const headers = new Headers(w.headers as Record<string, string>);
      return !verifyWebhook(source, headers, Buffer.from(w.body), SECRETS, Date.now());
    });
    expect(unverified).toEqual([]);
    // At least once: some events arrive twice, byte for byte.
    const bodies = new Map<string, string>();
    const repeats = r.received.filter((w) => {
      const key = `${w.path}|${idOf(w)}`;
      const again = bodies.has(key);
      if (!again) bodies.set(key, w.body);
      return again;
    });
    expect(repeats.filter((w) => w.body !== bodies.get(`${w.path}|${idOf(w)}`))).toEqual([]);
    expect(repeats.length).toBeGreaterThan(0);
    // Those still queued when it stopped were dropped, so fewer may have arrived than were sent.
    expect(generator.stats().duplicates).toBeGreaterThanOrEqual(repeats.length);
    expect(generator.stats().outOfOrder).toBeGreaterThan(0);
  });

  it("sends each shipment.created before its parcel's scans, and each parcel's scans forward in time", async () => {
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
      log: () => {},
      random: createPrng(5).next,
    });
    await until(() => r.received.length >= 300, 8000);
    abort.abort();
    await generator.stopped;
    const labelled = new Set<string>();
    const last = new Map<string, number>();
    const broken: string[] = [];
    for (const w of r.received) {
      const b = JSON.parse(w.body) as Record<string, any>;
      if (b.type === 'shipment.created') labelled.add(b.data.tracking_no);
      const tracking: string | undefined = b.result?.tracking_code ?? b.msg?.tracking_number;
      if (!tracking) continue;
      if (!labelled.has(tracking)) broken.push(`unlabelled ${tracking}`);
      // Within one parcel, the times of the scans only move forward.
      const at = b.msg ? b.ts * 1000 : Date.parse(b.result.updated_at);
      if (at <= (last.get(tracking) ?? 0)) broken.push(`backwards ${tracking}`);
      last.set(tracking, at);
    }
    expect(last.size).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it("sends only webhooks the BFF's intake reads: none refused, none dead-lettered", async () => {
    const intake = await startIntake(SECRETS);
    const abort = new AbortController();
    const generator = startEventGenerator({
      targetUrl: intake.url,
      secrets: SECRETS,
      signal: abort.signal,
      intervalMs: 2,
      world,
      log: () => {},
      random: createPrng(8).next,
    });
    await until(() => intake.sink.ingested.length >= 200, 8000);
    abort.abort();
    await generator.stopped;
    await intake.close();
    expect(intake.sink.ingested.length).toBeGreaterThanOrEqual(200);
    expect(intake.sink.deadLetters.map((d) => `${d.source}: ${d.reason}`)).toEqual([]);
    expect(generator.stats().sender.rejected).toBe(0);
    expect(new Set(intake.sink.ingested.map((e) => e.source))).toEqual(
      new Set(['wms', 'easypost', 'aftership', 'zendesk']),
    );
  });

  it("signs each tenant's webhooks with that tenant's own secrets", async () => {
    const secretsOf = (tenant: string) => ({
      wms: `${tenant}-wms`,
      easypost: `${tenant}-easypost`,
      aftership: `${tenant}-aftership`,
      zendesk: `${tenant}-zendesk`,
      cloudevents: `${tenant}-cloudevents`,
    });
    const intake = await startIntake(secretsOf);
    const abort = new AbortController();
    const generator = startEventGenerator({
      targetUrl: intake.url,
      secrets: secretsOf,
      signal: abort.signal,
      intervalMs: 2,
      world,
      log: () => {},
      random: createPrng(9).next,
    });
    await until(() => intake.sink.ingested.length >= 100, 8000);
    abort.abort();
    await generator.stopped;
    await intake.close();
    expect(generator.stats().sender.rejected).toBe(0);
    expect(new Set(intake.sink.ingested.map((e) => e.tenant))).toEqual(new Set(['acme', 'globex']));
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
      log: () => {},
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
