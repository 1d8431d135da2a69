import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import { generateWorld } from '../../world/world.js';
import { subjectKey } from '../story/story-event.js';
import { createEventScript, type EventScriptOptions } from './create-event-script.js';

const SECRETS = {
  wms: 's-wms',
  easypost: 's-easypost',
  aftership: 's-aftership',
  zendesk: 's-zendesk',
  cloudevents: 'c',
};
const SIGNED_AT = Date.parse('2026-11-24T12:00:00Z');
// A smaller world than the default 10,000 orders: every situation is in it, and it is built faster.
const world = generateWorld({ orderCount: 3000 });
const options = (overrides: Partial<EventScriptOptions> = {}): EventScriptOptions => ({
  seed: 42,
  count: 3000,
  duplicateRate: 0.2,
  outOfOrderRate: 0.05,
  secrets: SECRETS,
  startMs: SIGNED_AT,
  clock: () => SIGNED_AT,
  world,
  ...overrides,
});

// One script for the tests that only read it; building it is pure, so sharing it couples nothing.
const script = createEventScript(options());

describe('createEventScript', () => {
  it('gives the same script for the same seed and another for another seed', () => {
    const a = script;
    const b = createEventScript(options());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = createEventScript(options({ seed: 43 }));
    expect(c.requests.map((r) => r.body)).not.toEqual(a.requests.map((r) => r.body));
  });

  it('has exactly the asked-for shares of repeats and out-of-order deliveries', () => {
    const { requests, expected } = script;
    expect(requests).toHaveLength(3000);
    expect(requests.filter((r) => r.duplicate)).toHaveLength(600);
    expect(requests.filter((r) => r.outOfOrder)).toHaveLength(150);
    expect(expected).toMatchObject({ requests: 3000, uniqueEvents: 2400, duplicates: 600, outOfOrder: 150 });
    expect(new Set(requests.map((r) => r.eventKey)).size).toBe(2400);

    const sent = new Map<string, string>();
    const newest = new Map<string, number>();
    const wrong: string[] = [];
    for (const r of requests) {
      const key = subjectKey(r.subject);
      // A repeat is the earlier request again, byte for byte; an original is late exactly when
      // something newer about its subject already went out.
      if (r.duplicate && sent.get(r.eventKey) !== r.body) wrong.push(`repeat ${r.eventKey}`);
      if (!r.duplicate && sent.has(r.eventKey)) wrong.push(`original sent twice ${r.eventKey}`);
      if (!r.duplicate && r.occurredAt < (newest.get(key) ?? -Infinity) !== r.outOfOrder)
        wrong.push(`late ${r.eventKey}`);
      sent.set(r.eventKey, r.body);
      newest.set(key, Math.max(newest.get(key) ?? -Infinity, r.occurredAt));
    }
    expect(wrong).toEqual([]);
  });

  it('keeps causality in the order events happened: labels before scans, receipts before inspections', () => {
    const { requests } = script;
    const happened = requests.filter((r) => !r.duplicate).sort((a, b) => a.occurredAt - b.occurredAt);
    expect(new Set(happened.map((r) => r.occurredAt)).size).toBe(happened.length);
    const labelled = new Set<string>();
    const received = new Set<string>();
    const broken: string[] = [];
    for (const r of happened) {
      if (r.type === 'shipment.created') labelled.add(r.subject.id);
      if (r.type.startsWith('scan:') && !labelled.has(r.subject.id)) broken.push(r.eventKey);
      if (r.type === 'return.received') received.add(r.subject.id);
      if (r.type === 'return.inspected' && !received.has(r.subject.id)) broken.push(r.eventKey);
    }
    expect(broken).toEqual([]);
  });

  it('covers WMS, EasyPost and AfterShip events for the same orders, in both tenants', () => {
    const { requests } = script;
    const sources = new Map<string, Set<string>>();
    for (const r of requests)
      sources.set(r.orderNumber, (sources.get(r.orderNumber) ?? new Set()).add(r.source));
    const orders = [...sources.values()];
    expect(orders.some((s) => s.has('wms') && s.has('easypost'))).toBe(true);
    expect(orders.some((s) => s.has('wms') && s.has('aftership'))).toBe(true);
    expect(new Set(requests.map((r) => r.tenant))).toEqual(new Set(['acme', 'globex']));
  });

  it('signs every request so the BFF accepts it at the signing time', () => {
    const { requests } = createEventScript(options({ count: 400 }));
    const rejected = requests.filter(
      (r) => !verifyWebhook(r.source, new Headers(r.headers), Buffer.from(r.body), SECRETS, SIGNED_AT),
    );
    expect(rejected).toEqual([]);
  });

  it('expects the exceptions the histories leave open, per subject', () => {
    const { expected } = script;
    const types = new Set(Object.values(expected.openExceptions).flatMap((e) => e.types));
    for (const t of [
      'SHORT_PICK',
      'BACKORDER',
      'DELIVERY_EXCEPTION',
      'FAILED_ATTEMPT',
      'LOST',
      'DAMAGED',
      'RETURN_REJECTED',
    ])
      expect(types, t).toContain(t);
    const wrong: string[] = [];
    for (const [tracking, s] of Object.entries(expected.shipments)) {
      const open = expected.openExceptions[`SHIPMENT:${tracking}`]?.types ?? [];
      const lost = s.finalCode === 'Exception_013' || s.finalCode === 'failure/lost';
      const delivered = /^(Delivered_|delivered\/)/.test(s.finalCode ?? '');
      if ((lost && !open.includes('LOST')) || (delivered && open.length > 0)) wrong.push(tracking);
    }
    for (const [rma, r] of Object.entries(expected.returns)) {
      const open = expected.openExceptions[`RETURN:${rma}`]?.types ?? [];
      if (open.join() !== (r.final === 'REJECTED' ? 'RETURN_REJECTED' : '')) wrong.push(rma);
    }
    expect(wrong).toEqual([]);
  });

  it('builds the 10,000-request T2 script quickly', () => {
    const started = performance.now();
    const { requests } = createEventScript(options({ count: 10_000 }));
    expect(requests).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
