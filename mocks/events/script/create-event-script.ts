import { WORLD_NOW } from '../../world/clock.js';
import { createPrng } from '../../world/prng.js';
import type { TenantId } from '../../world/tenants.js';
import { getWorld, type World } from '../../world/world.js';
import { signWebhook } from '../signing/sign-webhook.js';
import { secretFor, type TenantSecrets } from '../signing/sources.js';
import { orderTimeline } from '../story/order-timeline.js';
import { createStoryClock } from '../story/story-clock.js';
import { subjectKey, type StoryEvent } from '../story/story-event.js';
import { createEventIds } from '../wire/event-ids.js';
import { renderEvent } from '../wire/render-event.js';
import { deliveryOrder } from './delivery-order.js';
import { expectedFacts, type EmittedEvent } from './expected-facts.js';
import { orderPicker } from './order-picker.js';
import type { EventScript, ScriptRequest } from './script-types.js';

export interface EventScriptOptions {
  seed: number;
  /** Requests in all, repeats included. */
  count: number;
  /** One set for all tenants, or each tenant's own. */
  secrets: TenantSecrets;
  /** Share of requests that repeat an earlier one (default 0). */
  duplicateRate?: number;
  /** Share of requests sent after a later event of their own subject (default 0). */
  outOfOrderRate?: number;
  tenants?: readonly TenantId[];
  /** When the first event happens (default the world's epoch). */
  startMs?: number;
  /** Between consecutive events (default and minimum 1000: carriers stamp whole seconds). */
  stepMs?: number;
  /** The clock `headers` are signed with (default `Date.now`). */
  clock?: () => number;
  /** Order histories told side by side (default 8). */
  interleave?: number;
  world?: World;
}

/**
 * A deterministic script of WMS, EasyPost and AfterShip webhooks about the same world orders —
 * their histories interleaved, with the asked-for shares of repeats and out-of-order deliveries —
 * and what a receiver should have made of it. The same options always give the same script.
 *
 * @example
 * const { requests, expected } = createEventScript({ seed: 7, count: 10_000, duplicateRate: 0.2,
 *   outOfOrderRate: 0.05, secrets, startMs: Date.now() });
 */
export function createEventScript(options: EventScriptOptions): EventScript {
  const stepMs = options.stepMs ?? 1000;
  if (stepMs < 1000) throw new RangeError('stepMs must be at least 1000: carriers stamp whole seconds');
  const rng = createPrng(options.seed);
  const duplicates = Math.round(options.count * (options.duplicateRate ?? 0));
  const outOfOrder = Math.round(options.count * (options.outOfOrderRate ?? 0));
  const unique = options.count - duplicates;
  const startMs = options.startMs ?? WORLD_NOW;
  const ids = createEventIds({ random: rng.next, run: `s${options.seed}` });
  const next = orderPicker(options.world ?? getWorld(), options.tenants ?? ['acme', 'globex'], rng);
  const clock = createStoryClock({ worldAt: 0, realAt: startMs });
  const emitted: EmittedEvent[] = [];
  const rendered: { body: string; source: ScriptRequest['source']; tenant: TenantId }[] = [];
  const active: { events: StoryEvent[]; at: number }[] = [];
  while (emitted.length < unique) {
    while (active.length < (options.interleave ?? 8)) {
      const order = next();
      if (!order) break;
      active.push({ events: orderTimeline(order, { sources: ['wms', 'easypost', 'aftership'] }), at: 0 });
    }
    if (active.length === 0) throw new RangeError(`the world has too few orders for ${unique} events`);
    const story = active[rng.int(0, active.length - 1)]!;
    const event = story.events[story.at++];
    if (story.at >= story.events.length) active.splice(active.indexOf(story), 1);
    if (!event) continue;
    const occurredAt = startMs + emitted.length * stepMs;
    clock.stamp(event, occurredAt);
    const webhook = renderEvent(event, {
      id: ids.next(event.source, event.tenant),
      occurredAt,
      scanTime: clock.scanTime,
    });
    emitted.push({ event, eventKey: webhook.eventKey, occurredAt });
    rendered.push(webhook);
  }
  const signAt = options.clock ?? Date.now;
  const order = deliveryOrder(
    emitted.map((e) => subjectKey(e.event.subject)),
    { outOfOrder, duplicates, rng },
  );
  const requests = order.map(({ index, duplicate, outOfOrder: late }): ScriptRequest => {
    const { event, eventKey, occurredAt } = emitted[index]!;
    const { body, source, tenant } = rendered[index]!;
    const headers = {
      'content-type': 'application/json',
      ...signWebhook(source, secretFor(options.secrets, tenant, source), body, signAt()),
    };
    return {
      tenant,
      source,
      headers,
      body,
      eventKey,
      type: event.type,
      subject: event.subject,
      orderNumber: event.orderNumber,
      occurredAt,
      duplicate,
      outOfOrder: late,
    };
  });
  return {
    requests,
    expected: expectedFacts(emitted, { requests: requests.length, duplicates, outOfOrder }),
  };
}
