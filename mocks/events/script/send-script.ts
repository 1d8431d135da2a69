import { setMaxListeners } from 'node:events';
import { Agent, type Dispatcher } from 'undici';
import { sleep } from '../../shared/wait.js';
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from '../delivery/backoff.js';
import { postWebhook } from '../delivery/post-webhook.js';
import { signWebhook } from '../signing/sign-webhook.js';
import { secretFor, type TenantSecrets } from '../signing/sources.js';
import type { ScriptRequest } from './script-types.js';

export interface SendScriptOptions {
  /** Receivers' base URLs (replicas): a request that meets a network error or a 5xx moves to the next. */
  targetUrls: readonly string[];
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  signal?: AbortSignal;
  /** When given, each attempt is signed afresh (timestamps stay within the receiver's tolerance). */
  secrets?: TenantSecrets;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  log?: (line: string) => void;
}

export interface SendResult {
  eventKey: string;
  /** The final HTTP status; null when aborted or given up on a network error. */
  status: number | null;
  /** The receiver's `status` field on a 2xx (`applied`, `duplicate`, …). */
  result: string | null;
  attempts: number;
  /** The base URL that gave the final answer. */
  url: string | null;
}

export interface SendReport {
  /** In request order. */
  results: SendResult[];
  accepted: number;
  rejected: number;
  unsent: number;
  retries: number;
  /** Retries that moved to another receiver. */
  failovers: number;
  /** 2xx answers by their `status` field. */
  byResult: Record<string, number>;
}

/**
 * Posts a script's requests in order, `concurrency` at a time, with at-least-once retries: a
 * network error, 5xx, 408 or 429 is retried with backoff on the next receiver in `targetUrls`, so a
 * replica killed mid-run costs only retries. Any other 4xx is final.
 *
 * @example const report = await sendScript(script.requests, { targetUrls: [a, b], secrets, concurrency: 16 });
 */
export async function sendScript(
  requests: readonly ScriptRequest[],
  options: SendScriptOptions,
): Promise<SendReport> {
  if (options.targetUrls.length === 0) throw new RangeError('sendScript needs at least one target URL');
  const policy = { ...DEFAULT_RETRY, maxAttempts: 50, ...options.retry };
  const concurrency = options.concurrency ?? 8;
  const dispatcher = options.dispatcher ?? new Agent({ connections: concurrency, keepAliveTimeout: 10_000 });
  // Every request and backoff listens for the stop; many at once are expected, not a leak.
  const stop = new AbortController();
  setMaxListeners(4 * concurrency + 10, stop.signal);
  const signal = stop.signal;
  const onAbort = () => stop.abort();
  if (options.signal?.aborted) stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const urls = options.targetUrls.map((u) => u.replace(/\/$/, ''));
  const report: SendReport = {
    results: [],
    accepted: 0,
    rejected: 0,
    unsent: 0,
    retries: 0,
    failovers: 0,
    byResult: {},
  };
  let cursor = 0;

  async function send(request: ScriptRequest, worker: number): Promise<SendResult> {
    let target = worker % urls.length;
    for (let attempt = 1; ; attempt++) {
      const base = urls[target]!;
      const headers = options.secrets
        ? {
            ...request.headers,
            ...signWebhook(
              request.source,
              secretFor(options.secrets, request.tenant, request.source),
              request.body,
              Date.now(),
            ),
          }
        : request.headers;
      const url = `${base}/events/${request.tenant}/${request.source}`;
      const outcome = await postWebhook(url, request.body, headers, {
        dispatcher,
        signal,
        timeoutMs: options.timeoutMs ?? 10_000,
      });
      const done = (status: number | null, result: string | null, from: string | null) =>
        ({ eventKey: request.eventKey, status, result, attempts: attempt, url: from }) satisfies SendResult;
      if (outcome.kind === 'aborted') return done(null, null, null);
      if (outcome.kind === 'accepted') return done(outcome.status, outcome.result, base);
      if (outcome.kind === 'rejected') {
        options.log?.(`gave up on ${request.eventKey}: HTTP ${outcome.status} (${outcome.reason})`);
        return done(outcome.status, null, base);
      }
      if (attempt >= policy.maxAttempts) {
        options.log?.(`gave up on ${request.eventKey} after ${attempt} attempts: ${outcome.reason}`);
        return done(outcome.status, null, base);
      }
      report.retries++;
      if (urls.length > 1) {
        target = (target + 1) % urls.length;
        report.failovers++;
      }
      await sleep(backoffDelay(attempt - 1, policy, outcome.retryAfterMs), signal);
    }
  }

  const results: SendResult[] = new Array(requests.length);
  await Promise.all(
    Array.from({ length: Math.min(concurrency, requests.length) }, async (_, worker) => {
      for (let i = cursor++; i < requests.length && !signal.aborted; i = cursor++)
        results[i] = await send(requests[i]!, worker);
    }),
  );
  options.signal?.removeEventListener('abort', onAbort);
  if (!options.dispatcher) await dispatcher.close();
  report.results = requests.map(
    (r, i) => results[i] ?? { eventKey: r.eventKey, status: null, result: null, attempts: 0, url: null },
  );
  for (const r of report.results) {
    if (r.status !== null && r.status >= 200 && r.status < 300) {
      report.accepted++;
      report.byResult[r.result ?? 'unknown'] = (report.byResult[r.result ?? 'unknown'] ?? 0) + 1;
    } else if (r.status !== null && r.status < 500 && ![408, 425, 429].includes(r.status)) report.rejected++;
    else report.unsent++;
  }
  return report;
}
