import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../bff/src/events/signatures/verify-webhook.js';
import { getWorld } from '../../world/world.js';
import { subjectKey } from '../story/story-event.js';
import { createEventScript, type EventScriptOptions } from './create-event-script.js';

const SECRETS = { wms: 's-wms', easypost: 's-easypost', aftership: 's-aftership', zendesk: 's-zendesk', cloudevents: 'c' };
const SIGNED_AT = Date.parse('2026-11-24T12:00:00Z');
const world = getWorld();
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

describe('createEventScript', () => {
  it('gives the same script for the same seed and another for another seed', () => {
    const a = createEventScript(options());
    const b = createEventScript(options());
    expect(b.requests).toEqual(a.requests);
    expect(b.expected).toEqual(a.expected);
    const c = createEventScript(options({ seed: 43 }));
    expect(c.requests.map((r) => r.body)).not.toEqual(a.requests.map((r) => r.body));
  });

  it('has exactly the asked-for shares of repeats and out-of-order deliveries', () => {
    const { requests, expected } = createEventScript(options());
    expect(requests).toHaveLength(3000);
    expect(requests.filter((r) => r.duplicate)).toHaveLength(600);
    expect(requests.filter((r) => r.outOfOrder)).toHaveLength(150);
    expect(expected).toMatchObject({ requests: 3000, uniqueEvents: 2400, duplicates: 600, outOfOrder: 150 });
    expect(new Set(requests.map((r) => r.eventKey)).size).toBe(2400);

    const sent = new Map<string, string>();
    const newest = new Map<string, number>();
    for (const r of requests) {
      const key = subjectKey(r.subject);
      if (r.duplicate) {
        // A repeat is the earlier request again, byte for byte.
        expect(sent.get(r.eventKey)).toBe(r.body);
      } else {
        expect(sent.has(r.eventKey)).toBe(false);
        // Late exactly when something newer about its subject already went out.
        expect(r.occurredAt < (newest.get(key) ?? -Infinity)).toBe(r.outOfOrder);
      }
      sent.set(r.eventKey, r.body);
      newest.set(key, Math.max(newest.get(key) ?? -Infinity, r.occurredAt));
    }
  });

  it('keeps causality in the order events happened: labels before scans, receipts before inspections', () => {
    const { requests } = createEventScript(options());
    const happened = requests.filter((r) => !r.duplicate).sort((a, b) => a.occurredAt - b.occurredAt);
    expect(new Set(happened.map((r) => r.occurredAt)).size).toBe(happened.length);
    const labelled = new Set<string>();
    const received = new Set<string>();
    for (const r of happened) {
      if (r.type === 'shipment.created') labelled.add(r.subject.id);
      if (r.type.startsWith('scan:')) expect(labelled.has(r.subject.id), r.subject.id).toBe(true);
      if (r.type === 'return.received') received.add(r.subject.id);
      if (r.type === 'return.inspected') expect(received.has(r.subject.id)).toBe(true);
    }
  });

  it('covers WMS, EasyPost and AfterShip events for the same orders, in both tenants', () => {
    const { requests } = createEventScript(options());
    const sources = new Map<string, Set<string>>();
    for (const r of requests) sources.set(r.orderNumber, (sources.get(r.orderNumber) ?? new Set()).add(r.source));
    const orders = [...sources.values()];
    expect(orders.some((s) => s.has('wms') && s.has('easypost'))).toBe(true);
    expect(orders.some((s) => s.has('wms') && s.has('aftership'))).toBe(true);
    expect(new Set(requests.map((r) => r.tenant))).toEqual(new Set(['acme', 'globex']));
  });

  it('signs every request so the BFF accepts it at the signing time', () => {
    const { requests } = createEventScript(options({ count: 400 }));
    for (const r of requests) {
      const ok = verifyWebhook(r.source, new Headers(r.headers), Buffer.from(r.body), SECRETS, SIGNED_AT);
      expect(ok, r.eventKey).toBe(true);
    }
  });

  it('expects the exceptions the histories leave open, per subject', () => {
    const { expected } = createEventScript(options());
    const types = new Set(Object.values(expected.openExceptions).flatMap((e) => e.types));
    for (const t of ['SHORT_PICK', 'BACKORDER', 'DELIVERY_EXCEPTION', 'FAILED_ATTEMPT', 'LOST', 'DAMAGED', 'RETURN_REJECTED'])
      expect(types, t).toContain(t);
    for (const [tracking, s] of Object.entries(expected.shipments)) {
      const open = expected.openExceptions[`SHIPMENT:${tracking}`]?.types ?? [];
      if (s.finalCode === 'Exception_013' || s.finalCode === 'failure/lost') expect(open).toContain('LOST');
      if (s.finalCode?.startsWith('Delivered') || s.finalCode?.startsWith('delivered/')) expect(open).toEqual([]);
    }
    for (const [rma, r] of Object.entries(expected.returns))
      expect(expected.openExceptions[`RETURN:${rma}`]?.types ?? []).toEqual(r.final === 'REJECTED' ? ['RETURN_REJECTED'] : []);
  });

  it('builds the 10,000-request T2 script quickly', () => {
    const started = performance.now();
    const { requests } = createEventScript(options({ count: 10_000 }));
    expect(requests).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
