import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  /** The request's headers must have arrived within this long (slow-header clients). */
  headersMs?: number;
  /**
   * The whole request, body included, must have arrived within this long. Node applies it only
   * until the request is received, so a long-lived response (an SSE stream) is not cut by it.
   */
  requestMs?: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveMs?: number;
  /** How often Node checks the two limits above; a limit is enforced within this much of it. */
  checkIntervalMs?: number;
}

const DEFAULTS: Required<ServerTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkIntervalMs: 1_000,
};

/**
 * Our own timeouts for the Node HTTP server `@hono/node-server` creates, instead of Node's 300 s
 * request timeout and 30 s check interval: a client that trickles its headers or body holds a
 * socket for seconds, not minutes. Tests pass small values.
 * @example serve({ fetch: app.fetch, port, serverOptions: httpServerOptions() });
 */
export function httpServerOptions(timeouts: ServerTimeouts = {}): ServerOptions {
  const t = { ...DEFAULTS, ...timeouts };
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionsCheckingInterval: t.checkIntervalMs,
  };
}
