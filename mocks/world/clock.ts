/** The world's "now" (WIRE.md's fixed epoch): every order was placed before it. */
export const WORLD_NOW = Date.UTC(2026, 10, 1, 0, 0, 0);

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Moves a timestamp into business hours (07:00–17:59 UTC) of the same day, keeping order. */
export function businessHours(ts: number, minuteOfDay: number): number {
  const dayStart = ts - (ts % DAY);
  return dayStart + 7 * HOUR + (minuteOfDay % (11 * 60)) * MINUTE;
}
