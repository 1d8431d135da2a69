import type { TenantId } from '../../world/tenants.js';
import { getWorld, type World } from '../../world/world.js';
import { sleep } from '../../shared/wait.js';
import {
  createWebhookSender,
  type SenderStats,
  type WebhookSenderOptions,
} from '../delivery/webhook-sender.js';
import type { TenantSecrets } from '../signing/sources.js';
import { SITUATIONS, type Situation } from '../story/situations.js';
import type { RenderedWebhook } from '../wire/render-event.js';
import type { LiveStory } from './live-story.js';
import { createStoryRotation } from './story-rotation.js';

export interface EventGeneratorOptions {
  /** The BFF's base URL, e.g. `http://127.0.0.1:4000`. */
  targetUrl: string;
  /** One set for all tenants, or each tenant's own (the BFF's tenants file). */
  secrets: TenantSecrets;
  signal: AbortSignal;
  tenants?: readonly TenantId[];
  /** Mean time between steps (default 2000); each wait is 0.5–1.5 times it. */
  intervalMs?: number;
  /** Stories told side by side, one step each per tick (default 11: about one per situation). */
  parallel?: number;
  /** Share of webhooks sent twice, a few ticks apart, as at-least-once senders do (default 0.03). */
  duplicateRate?: number;
  /** Share of steps whose next two webhooks leave in swapped order (default 0.03). */
  outOfOrderRate?: number;
  /** The receiver's crediting deadline (its RULE_CREDIT_HOURS or the tenant's override, default 72). */
  creditHours?: number | ((tenant: TenantId) => number);
  world?: World;
  random?: () => number;
  log?: (line: string) => void;
  sender?: Pick<WebhookSenderOptions, 'retry' | 'maxQueue' | 'timeoutMs' | 'dispatcher'>;
}

export interface GeneratorStats {
  webhooks: number;
  duplicates: number;
  outOfOrder: number;
  stories: number;
  /** Situation-bearing events sent, by situation. */
  situations: Record<Situation, number>;
  sender: SenderStats;
}

export interface EventGenerator {
  stats(): GeneratorStats;
  /** Resolves once the signal has aborted and the sender has shut down. */
  stopped: Promise<void>;
}

/**
 * The live event stream of `npm start`: the WMS, the carriers (EasyPost for USPS, AfterShip for
 * DHL, UPS, FedEx and DPD) and the helpdesk replay world orders' own histories on the real clock —
 * short picks, backorders, holds, delays, failed attempts, address problems, returns to sender,
 * lost and damaged parcels, rejected and uncredited returns — a few steps around each situation,
 * with the odd duplicate and out-of-order pair. Stops when `signal` aborts.
 *
 * @example
 * const stop = new AbortController();
 * startEventGenerator({ targetUrl, secrets: (t) => env.tenants[t]!.webhookSecrets, signal: stop.signal });
 */
export function startEventGenerator(options: EventGeneratorOptions): EventGenerator {
  const tenants = options.tenants ?? ['acme', 'globex'];
  const random = options.random ?? Math.random;
  const parallel = options.parallel ?? 11;
  const maxQueue = options.sender?.maxQueue ?? 1000;
  const log = options.log ?? ((line: string) => console.warn(`[simulated webhooks] ${line}`));
  const rotation = createStoryRotation({
    orders: (options.world ?? getWorld()).orders.filter((o) => tenants.includes(o.tenant)),
    tenants,
    random,
    creditHours: options.creditHours ?? 72,
  });
  const sender = createWebhookSender({
    ...options.sender,
    targetUrl: options.targetUrl,
    secrets: options.secrets,
    signal: options.signal,
    log,
  });
  const situations = Object.fromEntries(SITUATIONS.map((s) => [s, 0])) as Record<Situation, number>;
  const stats = { webhooks: 0, duplicates: 0, outOfOrder: 0, stories: 0 };
  const active: LiveStory[] = [];
  const replays: { due: number; webhook: RenderedWebhook }[] = [];
  let tick = 0;
  let paused = false;

  const send = (webhook: RenderedWebhook) => {
    if (!sender.enqueue(webhook)) return;
    stats.webhooks++;
    if (random() < (options.duplicateRate ?? 0.03))
      replays.push({ due: tick + 1 + Math.floor(random() * 3), webhook });
  };

  function step(): void {
    tick++;
    // Pause at half a queue, resume at a quarter: the stories wait for a slow receiver, not the queue.
    const queued = sender.stats().queued;
    if (queued >= maxQueue / 2 && !paused) log('the receiver is not keeping up: pausing the stories');
    if (queued >= maxQueue / 2) paused = true;
    else if (queued < maxQueue / 4 && paused) {
      paused = false;
      log('the receiver caught up: the stories go on');
    }
    if (paused) return;
    const nowMs = Date.now();
    for (const r of replays.filter((x) => x.due <= tick)) {
      replays.splice(replays.indexOf(r), 1);
      if (sender.enqueue(r.webhook)) stats.duplicates++;
    }
    while (active.length < parallel) {
      const story = rotation.start(nowMs, new Set(active.map((s) => s.orderNumber)));
      if (!story) break;
      active.push(story);
      stats.stories++;
    }
    for (const story of [...active]) {
      const swap = story.remaining() >= 2 && random() < (options.outOfOrderRate ?? 0.03);
      const batch = [story.next(nowMs), ...(swap ? [story.next(nowMs)] : [])];
      if (swap) stats.outOfOrder++;
      for (const item of swap ? batch.reverse() : batch) {
        if (!item) continue;
        send(item.webhook);
        if (item.event.situation) situations[item.event.situation]++;
      }
      if (story.remaining() === 0) active.splice(active.indexOf(story), 1);
    }
  }

  const stopped = (async () => {
    const interval = options.intervalMs ?? 2000;
    while (!options.signal.aborted) {
      step();
      await sleep(Math.round(interval * (0.5 + random())), options.signal);
    }
    await sender.close();
  })();

  return { stats: () => ({ ...stats, situations: { ...situations }, sender: sender.stats() }), stopped };
}
