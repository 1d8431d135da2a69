import type { SeenChange } from './resuming-subscriber.js';

export interface StreamComparison {
  /** Changes of the feed the subscriber never received. */
  lost: number;
  /** Receipts beyond the first of a change. */
  duplicated: number;
  /** Receipts the feed has no such change for (another cursor, exception or kind). */
  unexpected: number;
  /** Received exactly the feed, change for change, in its order. */
  identical: boolean;
}

/**
 * A subscriber's received changes against the feed it subscribed to, by cursor, exception and kind.
 * @example compareStream(subscriber.received, feedFromStore) // { lost: 0, duplicated: 0, unexpected: 0, identical: true }
 */
export function compareStream(
  received: readonly SeenChange[],
  feed: readonly SeenChange[],
): StreamComparison {
  const want = new Map(feed.map((c) => [c.cursor, `${c.kind}:${c.id}`]));
  const times = new Map<string, number>();
  let unexpected = 0;
  for (const c of received) {
    times.set(c.cursor, (times.get(c.cursor) ?? 0) + 1);
    if (want.get(c.cursor) !== `${c.kind}:${c.id}`) unexpected++;
  }
  return {
    lost: feed.filter((c) => !times.has(c.cursor)).length,
    duplicated: [...times.values()].reduce((n, t) => n + t - 1, 0),
    unexpected,
    identical:
      received.length === feed.length &&
      received.every(
        (c, i) => c.cursor === feed[i]!.cursor && c.kind === feed[i]!.kind && c.id === feed[i]!.id,
      ),
  };
}
