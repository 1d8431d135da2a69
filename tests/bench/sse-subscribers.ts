import { Pool } from 'undici';
import type { Tenant } from './bff-client.js';
import { changeKey } from './notify-events.js';

export interface OpenOptions {
  origin: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  tenant: Tenant;
  count: number;
  /** Bound on opening them all (the first bytes of every stream read). */
  maxMs: number;
}

/** Called for every `next` frame, with the time its chunk was read and its `data` length. */
export type OnFrame = (tenant: Tenant, key: string | null, receivedAt: number, dataBytes: number) => void;

/**
 * A group of SSE subscribers of one server, each its own connection ("distinct connections mode"):
 * raw undici streaming, no EventSource or graphql-sse client, so a thousand of them stay cheap for
 * the process that also times them. Frames are split on blank lines; comments (`:` pings) and
 * `complete` are skipped; each `next` frame goes to `onFrame` stamped with its chunk's arrival.
 * @example const group = createSseSubscribers(onFrame); await group.open({ origin, method: 'GET', path: '/stream/acme', headers: {}, tenant: 'acme', count: 500, maxMs: 20_000 });
 */
export function createSseSubscribers(onFrame: OnFrame) {
  const pools: Pool[] = [];
  const counts = new Map<Tenant, number>();
  let errors = 0;
  let firstError: string | null = null;

  /** Opens one stream; resolves on its first bytes. A dispatch handler rather than a body stream:
   *  one callback per chunk and no Readable machinery, at up to 50,000 frames a second. */
  function openOne(pool: Pool, options: OpenOptions, deadline: Promise<never>): Promise<void> {
    const opened = new Promise<void>((resolve, reject) => {
      let status = 0;
      let started = false;
      let pending = '';
      const fail = (error: Error) => {
        if (!started) return reject(error);
        // Closing the pools at the end aborts every stream; only failures before that count.
        if (closing) return;
        errors++;
        firstError ??= error.message;
      };
      pool.dispatch(
        {
          method: options.method,
          path: options.path,
          headers: { accept: 'text/event-stream', ...options.headers },
          body: options.body,
          headersTimeout: options.maxMs,
          // Streams sit idle while the other side takes its turn; the run closes them well before this.
          bodyTimeout: 300_000,
        },
        {
          onRequestStart() {}, // marks the handler as undici 7's controller API
          onResponseStart(_controller, statusCode) {
            status = statusCode;
          },
          onResponseData(_controller, chunk) {
            const at = performance.now();
            if (status !== 200) return void (pending += chunk.toString());
            if (!started) {
              started = true;
              resolve();
            }
            // The frames are ASCII JSON: latin1 decoding is exact and the cheapest.
            pending += chunk.toString('latin1');
            for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
              const frame = pending.slice(0, end);
              pending = pending.slice(end + 2);
              if (!frame.startsWith('event: next\n')) continue;
              const data = frame.slice(frame.indexOf('data: ') + 6);
              onFrame(options.tenant, changeKey(data), at, data.length);
            }
          },
          onResponseEnd() {
            fail(
              new Error(
                status === 200
                  ? `${options.path}: stream ended`
                  : `${options.path}: HTTP ${status} ${pending.slice(0, 200)}`,
              ),
            );
          },
          onResponseError(_controller, error) {
            fail(error);
          },
        },
      );
    });
    return Promise.race([opened, deadline]);
  }

  let closing = false;
  return {
    /** Opens `count` streams (a few dozen at a time) and resolves when every one has sent its first bytes. */
    async open(options: OpenOptions): Promise<void> {
      const pool = new Pool(options.origin, { connections: options.count, pipelining: 1 });
      pools.push(pool);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `could not open ${options.count} streams to ${options.path} within ${options.maxMs} ms`,
              ),
            ),
          options.maxMs,
        );
      });
      deadline.catch(() => {});
      let next = 0;
      const opener = async () => {
        while (next < options.count) {
          next++;
          await openOne(pool, options, deadline);
          counts.set(options.tenant, (counts.get(options.tenant) ?? 0) + 1);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(32, options.count) }, opener));
      } finally {
        clearTimeout(timer);
      }
    },
    /** Open streams per tenant: how many frames each of that tenant's changes should produce. */
    count: (tenant: Tenant) => counts.get(tenant) ?? 0,
    errors: () => ({ errors, firstError }),
    async close(): Promise<void> {
      closing = true;
      await Promise.all(pools.map((p) => p.destroy()));
    },
  };
}

export type SseSubscribers = ReturnType<typeof createSseSubscribers>;
