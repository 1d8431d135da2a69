import { request } from 'undici';
import type { OpenRequest, TurnReply, TurnRequest } from './sse-load-process.js';

/**
 * The parent's handle on sse-load-process.ts: open subscriber groups, run timed turns. Every call is
 * bounded by the time the child itself was given, plus a margin.
 * @example const load = createSseLoadControl(child.info.url); await load.open({ group: 'raw', … }); const r = await load.turn({ group: 'raw', … });
 */
export function createSseLoadControl(url: string) {
  const call = async <T>(path: string, body: unknown, timeoutMs: number): Promise<T> => {
    const res = await request(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const json = (await res.body.json()) as T & { error?: string };
    if (res.statusCode !== 200) throw new Error(`load ${path}: ${json.error ?? res.statusCode}`);
    return json;
  };
  return {
    open: (options: OpenRequest) => call<{ ms: number }>('/open', options, options.maxMs + 5000),
    turn: (options: TurnRequest) =>
      call<TurnReply>('/turn', options, options.maxMs + options.drainMs + 20_000),
  };
}

export type SseLoadControl = ReturnType<typeof createSseLoadControl>;
