/** How far a signed timestamp may be from our clock, either way, before the request is stale. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Whether a signature's timestamp is close enough to now. Both directions count: a timestamp from
 * the future is as suspect as an old one, and clocks drift either way.
 *
 * @example withinTolerance(Date.parse('2026-11-01T00:00:00Z'), Date.parse('2026-11-01T00:05:01Z')) // false
 */
export function withinTolerance(
  signedAtMs: number,
  nowMs: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  if (!Number.isFinite(signedAtMs) || !Number.isFinite(nowMs)) return false;
  return Math.abs(nowMs - signedAtMs) <= toleranceSeconds * 1000;
}
