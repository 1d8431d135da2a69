/** How a sender spaces its retries. */
export interface RetryPolicy {
  /** First delay, doubled per attempt. */
  baseMs: number;
  /** No delay is longer, a `Retry-After` included. */
  maxMs: number;
  /** Attempts in all before giving up on a retryable failure; Infinity = until stopped. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 250, maxMs: 30_000, maxAttempts: Infinity };

/**
 * Exponential backoff, half of it random so many senders retrying at once do not arrive together;
 * a `Retry-After` from the receiver is a floor, capped like the rest.
 *
 * @example await sleep(backoffDelay(attempt, policy, retryAfterMs), signal)
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.min(policy.maxMs, Math.max(jittered, retryAfterMs ?? 0));
}
