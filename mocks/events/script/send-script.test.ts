import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../world/world.js';
import { startIntake } from '../testing/start-intake.js';
import { startReceiver } from '../testing/start-receiver.js';
import { createEventScript } from './create-event-script.js';
import { sendScript } from './send-script.js';

const SECRETS = {
  wms: 'i-wms',
  easypost: 'i-easypost',
  aftership: 'i-aftership',
  zendesk: 'i-zendesk',
  cloudevents: 'c',
};
const FAST = { baseMs: 5, maxMs: 30 };
// A smaller world than the default 10,000 orders: every situation is in it, and it is built faster.
const world = generateWorld({ orderCount: 3000 });

describe('sendScript', () => {
  it("delivers a script through the BFF's intake: every event read, none dead-lettered, repeats deduped", async () => {
    const intake = await startIntake(SECRETS);
    const script = createEventScript({
      seed: 3,
      count: 200,
      duplicateRate: 0.2,
      outOfOrderRate: 0.05,
      secrets: SECRETS,
      startMs: Date.now(),
      world,
    });
    const report = await sendScript(script.requests, {
      targetUrls: [intake.url],
      secrets: SECRETS,
      concurrency: 8,
    });
    await intake.close();

    expect(report).toMatchObject({ accepted: 200, rejected: 0, unsent: 0 });
    expect(intake.sink.deadLetters.map((d) => d.reason)).toEqual([]);
    expect(intake.sink.applied).toHaveLength(script.expected.uniqueEvents);
    expect(report.byResult).toEqual({ applied: 160, duplicate: 40 });
    const misread = intake.sink.applied.filter((event) => {
      const fact = script.expected.events[`${event.source}:${event.id}`];
      const body = event.body as Record<string, unknown>;
      const named = body.trackingNumber ?? body.rmaNumber ?? body.orderNumber;
      const subjectId = body.type === 'wms.shipment.created' ? body.trackingNumber : named;
      return (
        !fact ||
        event.tenant !== fact.tenant ||
        subjectId !== fact.subject.id ||
        Math.abs(Date.parse(event.occurredAt) - fact.occurredAt) >= 1000
      );
    });
    expect(misread).toEqual([]);
  });

  it('fails over to the next receiver when one is down', async () => {
    const receiver = await startReceiver();
    const script = createEventScript({ seed: 4, count: 40, secrets: SECRETS, world });
    const report = await sendScript(script.requests, {
      targetUrls: ['http://127.0.0.1:9', receiver.url],
      secrets: SECRETS,
      concurrency: 4,
      retry: FAST,
    });
    await receiver.close();
    expect(report).toMatchObject({ accepted: 40, unsent: 0 });
    expect(report.failovers).toBeGreaterThan(0);
    expect(new Set(report.results.map((r) => r.url))).toEqual(new Set([receiver.url]));
  });

  it('retries a 503 and takes a 4xx as final', async () => {
    const receiver = await startReceiver((_, i) => ({ status: i === 0 ? 503 : i === 2 ? 400 : 202 }));
    const script = createEventScript({ seed: 5, count: 5, secrets: SECRETS, world });
    const lines: string[] = [];
    const report = await sendScript(script.requests, {
      targetUrls: [receiver.url],
      concurrency: 1,
      retry: FAST,
      log: (l) => lines.push(l),
    });
    await receiver.close();
    expect(receiver.received).toHaveLength(6);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    expect(report).toMatchObject({ accepted: 4, rejected: 1, retries: 1 });
    expect(report.results.map((r) => r.attempts)).toEqual([2, 1, 1, 1, 1]);
    expect(lines).toEqual([expect.stringMatching(/^gave up on .+: HTTP 400/)]);
  });
});
