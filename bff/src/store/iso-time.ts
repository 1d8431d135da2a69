/**
 * A timestamp as the store keeps it: ISO 8601 UTC with milliseconds, so text comparison is time
 * comparison on both dialects. Upstream times arrive with offsets or without milliseconds.
 */
export function isoTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid timestamp: ${String(value)}`);
  return date.toISOString();
}

/**
 * `at`, or one millisecond after `previous` when the clock has not moved past it: every change of
 * an exception gets a new `updatedAt`, which is what optimistic concurrency compares.
 */
export function laterThan(previous: string, at: string): string {
  return at > previous ? at : new Date(new Date(previous).getTime() + 1).toISOString();
}

/** The oldest instant: where an event with an unreadable `occurredAt` sorts (the engine reads it so too). */
const OLDEST = '0000-01-01T00:00:00.000Z';

/** Like `isoTime` for an upstream's `occurredAt`, which must not fail the event: unreadable sorts first. */
export function eventTime(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? OLDEST : new Date(ms).toISOString();
}
