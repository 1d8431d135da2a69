export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/**
 * Milliseconds of an ISO 8601 instant. An unreadable one counts as the epoch: the oldest possible
 * moment, so it can fill an empty field but never overwrite a real one.
 */
export function ms(iso: string): number {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** The canonical ISO form we keep in state, so equal instants are equal strings. */
export function iso(millis: number): string {
  return new Date(millis).toISOString();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The moment a date-or-instant deadline passes. "Ship by 2026-11-02" is met by shipping any time
 * that day, so a bare date ends at the following midnight (UTC: the warehouse's zone is unknown here).
 */
export function deadline(dateOrInstant: string): number {
  return DATE_ONLY.test(dateOrInstant) ? ms(dateOrInstant) + 24 * HOUR : ms(dateOrInstant);
}
