import { Agent, type Dispatcher } from 'undici';
import { sleep } from '../../shared/wait.js';
import { signWebhook } from '../signing/sign-webhook.js';
import { secretFor, type TenantSecrets } from '../signing/sources.js';
import type { RenderedWebhook } from '../wire/render-event.js';
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from './backoff.js';
import { postWebhook, type AttemptOutcome } from './post-webhook.js';

export interface WebhookSenderOptions {
  /** The receiver's base URL; webhooks go to `<targetUrl>/events/<tenant>/<source>`. */
  targetUrl: string;
  /** One set for all tenants, or each tenant's own. */
  secrets: TenantSecrets;
  /** Webhooks waiting beyond this are refused by `enqueue` (default 1000). */
  maxQueue?: number;
  /** Requests in flight at once (default 1: webhooks leave in the order they were queued). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Signing clock (default `Date.now`); each attempt is signed afresh with it. */
  now?: () => number;
  /** Told of each webhook's final outcome (accepted, rejected, or given up). */
  onOutcome?: (webhook: RenderedWebhook, outcome: AttemptOutcome, attempts: number) => void;
}

export interface SenderStats {
  queued: number;
  inFlight: number;
  delivered: number;
  retries: number;
  rejected: number;
  dropped: number;
}

export interface WebhookSender {
  /** Queues a webhook; false when the queue is full (the caller decides what to skip). */
  enqueue(webhook: RenderedWebhook): boolean;
  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void>;
  /** Stops: aborts requests in flight and drops what is queued, with a log line. */
  close(): Promise<void>;
  stats(): SenderStats;
}

/**
 * At-least-once webhook delivery: a bounded queue, undici requests, retries with backoff on network
 * errors, 5xx, 408 and 429 — the same body and event id, signed again with a fresh timestamp —
 * and a log line and no retry on any other 4xx.
 *
 * @example
 * const sender = createWebhookSender({ targetUrl: 'http://127.0.0.1:4000', secrets });
 * sender.enqueue(renderEvent(event, ctx));
 * await sender.idle();
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const maxQueue = options.maxQueue ?? 1000;
  const concurrency = options.concurrency ?? 1;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.warn(`[simulated webhooks] ${line}`));
  const dispatcher = options.dispatcher ?? new Agent({ connections: concurrency, keepAliveTimeout: 10_000 });
  const stop = new AbortController();
  const onAbort = () => void close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const queue: RenderedWebhook[] = [];
  const stats: SenderStats = { queued: 0, inFlight: 0, delivered: 0, retries: 0, rejected: 0, dropped: 0 };
  const waiters: (() => void)[] = [];
  let workers = 0;
  let closing: Promise<void> | null = null;

  const settle = () => {
    stats.queued = queue.length;
    if (queue.length === 0 && stats.inFlight === 0) for (const w of waiters.splice(0)) w();
  };

  async function deliver(webhook: RenderedWebhook): Promise<void> {
    const url = `${options.targetUrl.replace(/\/$/, '')}/events/${webhook.tenant}/${webhook.source}`;
    for (let attempt = 1; ; attempt++) {
      const headers = {
        'content-type': 'application/json',
        ...signWebhook(
          webhook.source,
          secretFor(options.secrets, webhook.tenant, webhook.source),
          webhook.body,
          now(),
        ),
      };
      const outcome = await postWebhook(url, webhook.body, headers, {
        dispatcher,
        signal: stop.signal,
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      if (outcome.kind === 'aborted') return void stats.dropped++;
      if (outcome.kind === 'accepted') stats.delivered++;
      if (outcome.kind === 'rejected') {
        stats.rejected++;
        log(`gave up on ${webhook.eventKey}: HTTP ${outcome.status} (${outcome.reason})`);
      }
      if (outcome.kind === 'retry' && attempt >= policy.maxAttempts) {
        stats.dropped++;
        log(`gave up on ${webhook.eventKey} after ${attempt} attempts: ${outcome.reason}`);
      } else if (outcome.kind === 'retry') {
        stats.retries++;
        await sleep(backoffDelay(attempt - 1, policy, outcome.retryAfterMs), stop.signal);
        continue;
      }
      return options.onOutcome?.(webhook, outcome, attempt);
    }
  }

  async function work(): Promise<void> {
    workers++;
    try {
      for (let next = queue.shift(); next && !stop.signal.aborted; next = queue.shift()) {
        stats.inFlight++;
        await deliver(next);
        stats.inFlight--;
        settle();
      }
    } finally {
      workers--;
      settle();
    }
  }

  function close(): Promise<void> {
    closing ??= (async () => {
      stop.abort();
      options.signal?.removeEventListener('abort', onAbort);
      if (queue.length > 0) log(`stopped with ${queue.length} webhooks undelivered`);
      stats.dropped += queue.splice(0).length;
      settle();
      if (!options.dispatcher) await dispatcher.destroy();
    })();
    return closing;
  }

  return {
    enqueue(webhook) {
      if (stop.signal.aborted || queue.length >= maxQueue) return false;
      queue.push(webhook);
      stats.queued = queue.length;
      if (workers < concurrency) void work();
      return true;
    },
    idle: () =>
      queue.length === 0 && stats.inFlight === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r)),
    close,
    stats: () => ({ ...stats }),
  };
}
