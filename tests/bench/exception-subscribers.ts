import type { BffClient, Tenant } from './bff-client.js';
import { EXCEPTION_CHANGES, FEED_CURSOR } from './queries.js';
import type { SseLoadControl } from './sse-load-control.js';

/**
 * Opens `count` `exceptionChanges` subscriptions to a BFF as the tenant's demo agent, each on a
 * connection of its own (graphql-sse distinct connections mode: `POST /graphql/stream` with
 * `accept: text/event-stream`), all after the feed's current head.
 * @example await openExceptionSubscribers(load, { group: 'bff', url, bff, tenant: 'acme', count: 500 });
 */
export async function openExceptionSubscribers(
  load: SseLoadControl,
  options: { group: string; url: string; bff: BffClient; tenant: Tenant; count: number; maxMs?: number },
): Promise<{ ms: number }> {
  const head = await options.bff.graphql(FEED_CURSOR, {}, options.tenant);
  const after = head.data?.exceptions?.feedCursor as string | undefined;
  if (!after) throw new Error(`no feed cursor for ${options.tenant}`);
  return load.open({
    group: options.group,
    origin: options.url,
    method: 'POST',
    path: '/graphql/stream',
    headers: {
      authorization: `Bearer ${options.bff.token(options.tenant)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ query: EXCEPTION_CHANGES, variables: { after } }),
    tenant: options.tenant,
    count: options.count,
    maxMs: options.maxMs ?? 30_000,
  });
}
