import type { CanonicalEvent } from '../event.js';
import { iso, ms } from './time.js';

/** When a fact happened at its source, and the event that told us: `${source}:${id}`. */
export interface Stamp {
  at: string;
  ev: string;
}

/** The evidence key of an event. */
const evidenceOf = (event: CanonicalEvent): string => `${event.source}:${event.id}`;

export const stampOf = (event: CanonicalEvent): Stamp => ({
  at: iso(ms(event.occurredAt)),
  ev: evidenceOf(event),
});

/**
 * Total order on stamps: by time, then by event key. The tie-break makes "the latest" the same
 * whichever order equal-time events arrive in, which is what lets a shuffled replay converge.
 */
export function isNewer(a: Stamp, b: Stamp | null | undefined): boolean {
  if (!b) return true;
  const d = ms(a.at) - ms(b.at);
  return d !== 0 ? d > 0 : a.ev > b.ev;
}

/**
 * Strictly later in time, ignoring the tie-break: one fact supersedes a different kind of fact (a
 * scan clears a problem, a status clears a hold) only when it really happened afterwards.
 */
export const happenedAfter = (a: Stamp | null | undefined, b: Stamp): boolean => !!a && ms(a.at) > ms(b.at);

/** The newer of two stamped values (keeps `current` on a tie or a replay of the same event). */
export function latest<T extends Stamp>(current: T | null | undefined, candidate: T): T {
  return isNewer(candidate, current) ? candidate : (current as T);
}

/** The older of two stamped values: for "first seen" facts such as the first scan or delivery. */
export function earliest<T extends Stamp>(current: T | null | undefined, candidate: T): T {
  return current && !isNewer(current, candidate) ? current : candidate;
}
