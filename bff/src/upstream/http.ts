import { setTimeout as sleep } from 'node:timers/promises';
import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
} from 'cockatiel';
import { Pool, type Dispatcher } from 'undici';
import type { SourceSystem } from '../domain/model.js';
import { createRetryBudget } from './retry-budget.js';
import {
  badBodyError,
  circuitOpenError,
  isTransient,
  toStatusError,
  toTransportError,
} from './upstream-error.js';

export interface UpstreamOptions {
  system: SourceSystem;
  /** Origin plus an optional path prefix, e.g. `http://127.0.0.1:4101`. */
  baseUrl: string;
  /** Deadline for a whole call, retries included. */
  timeoutMs?: number;
  /** Sent on every request (auth, content negotiation). */
  headers?: Record<string, string>;
  /** Keep-alive connections in the pool. */
  connections?: number;
  retry?:
    | {
        maxRetries?: number;
        baseDelayMs?: number;
        maxDelayMs?: number;
        budgetRatio?: number;
        budgetMax?: number;
      }
    | false;
  breaker?: { consecutiveFailures?: number; halfOpenAfterMs?: number } | false;
  /** Use this dispatcher instead of a pool of our own; `close()` then leaves it open. */
  dispatcher?: Dispatcher;
}

/** What every system's client factory takes besides its credentials. */
export type UpstreamClientOptions = Pick<
  UpstreamOptions,
  'baseUrl' | 'timeoutMs' | 'connections' | 'retry' | 'breaker' | 'dispatcher'
>;

export interface UpstreamCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | null | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only reads are retried: GETs are, and a POST that merely queries must say so. */
  read?: boolean;
  /** Statuses that answer `null` instead of failing, e.g. `[404]` for a single-record GET. */
  nullOn?: readonly number[];
  signal?: AbortSignal;
}

export type BreakerState = 'closed' | 'open' | 'half-open';
export interface UpstreamHealth {
  system: SourceSystem;
  state: BreakerState;
}

export interface UpstreamLifecycle {
  health(): UpstreamHealth;
  close(): Promise<void>;
}

export interface Upstream extends UpstreamLifecycle {
  readonly system: SourceSystem;
  json<T>(call: UpstreamCall): Promise<T>;
}

const BREAKER_STATE: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/**
 * The one HTTP helper: a keep-alive undici pool per upstream with our own timeouts, JSON,
 * status checks, `UpstreamError` mapping, jittered retries of reads within the deadline and a
 * retry budget, and a circuit breaker that fails fast while open and probes once per interval.
 *
 * @example
 * const wms = createUpstream({ system: 'WMS', baseUrl: 'http://127.0.0.1:4102', timeoutMs: 800 });
 * const body = await wms.json<{ orders: unknown[] }>({ method: 'POST', path: '/wms/v2/orders/query', body: q, read: true });
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const { system, timeoutMs = 2000, connections = 16 } = options;
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const ownPool = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Pool(base.origin, {
      connections,
      keepAliveTimeout: 30_000,
      // undici waits 300 s by default; a request never outlives its deadline.
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: { timeout: timeoutMs },
    });
  const retry = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
  const { maxRetries = 1, baseDelayMs = 25, maxDelayMs = 200 } = retry;
  const budget = createRetryBudget({
    ratio: options.retry === false ? 0 : options.retry?.budgetRatio,
    max: options.retry === false ? 0 : options.retry?.budgetMax,
  });
  const breakerOptions = options.breaker === false ? undefined : (options.breaker ?? {});
  const breaker = breakerOptions
    ? circuitBreaker(handleWhen(isTransient), {
        halfOpenAfter: breakerOptions.halfOpenAfterMs ?? 5000,
        breaker: new ConsecutiveBreaker(breakerOptions.consecutiveFailures ?? 5),
      })
    : undefined;

  async function attempt<T>(call: UpstreamCall, remaining: number): Promise<T> {
    const remainingMs = Math.max(1, Math.ceil(remaining));
    // A timer of our own, cleared when the attempt ends: `AbortSignal.timeout`'s would still fire
    // for every call long answered, and build an error with a stack trace each time.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), remainingMs);
    try {
      return await attemptUntil<T>(call, remainingMs, deadline.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async function attemptUntil<T>(call: UpstreamCall, remainingMs: number, deadline: AbortSignal): Promise<T> {
    const signal = call.signal ? AbortSignal.any([deadline, call.signal]) : deadline;
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    let res: Dispatcher.ResponseData;
    try {
      // The pool's own `request`, not undici's top-level one, which parses a URL string per call.
      res = await dispatcher.request({
        origin: base.origin,
        path: `${prefix}${call.path}${queryString(call.query)}`,
        method: call.method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
          ...call.headers,
        },
        body,
        signal,
        headersTimeout: remainingMs,
        bodyTimeout: remainingMs,
      });
    } catch (err) {
      if (call.signal?.aborted) throw call.signal.reason;
      throw toTransportError(system, err, { timedOut: deadline.aborted });
    }
    try {
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump();
        if (call.nullOn?.includes(res.statusCode)) return null as T;
        throw toStatusError(system, res.statusCode);
      }
      const text = await res.body.text();
      try {
        return JSON.parse(text) as T;
      } catch (err) {
        throw badBodyError(system, err);
      }
    } catch (err) {
      if (call.signal?.aborted) throw call.signal.reason;
      throw toTransportError(system, err, { timedOut: deadline.aborted });
    }
  }

  async function json<T>(call: UpstreamCall): Promise<T> {
    const started = performance.now();
    const remaining = () => timeoutMs - (performance.now() - started);
    const retryable = call.read === true || call.method === 'GET';
    budget.earn();
    for (let retries = 0; ; retries++) {
      try {
        if (!breaker) return await attempt<T>(call, remaining());
        return await breaker.execute(() => attempt<T>(call, remaining()));
      } catch (err) {
        if (isBrokenCircuitError(err)) throw circuitOpenError(system, err);
        if (!retryable || !isTransient(err) || retries >= maxRetries) throw err;
        const delay = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retries);
        // A retry that cannot finish before the deadline only delays the error.
        if (remaining() - delay < timeoutMs / 4 || !budget.trySpend()) throw err;
        await sleep(delay);
      }
    }
  }

  return {
    system,
    json,
    health: () => ({ system, state: breaker ? BREAKER_STATE[breaker.state] : 'closed' }),
    close: async () => {
      if (ownPool) await dispatcher.destroy();
    },
  };
}

function queryString(query: UpstreamCall['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
