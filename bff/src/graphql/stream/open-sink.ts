import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { ServerResponse } from 'node:http';
import { nodeSink, webSink, type SseSink } from './sse-sink.js';

/**
 * Opens a request's response stream: straight on Node's socket when there is one (the response is
 * then already sent as far as Hono is concerned), else a web stream (in-process `app.request`).
 * @example const { sink, response } = openSink(c, headers, { drainTimeoutMs: 30_000 });
 */
export function openSink(
  c: Context,
  headers: Record<string, string>,
  options: { drainTimeoutMs: number },
): { sink: SseSink; response: Response } {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing) return { sink: nodeSink(outgoing, headers, options), response: RESPONSE_ALREADY_SENT };
  return webSink(headers);
}
