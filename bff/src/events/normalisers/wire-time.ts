/**
 * Timestamps as senders write them, to ISO 8601, or null when unreadable so the normaliser can say
 * which field was wrong. (The read path's `upstream/wire-time.ts` throws instead; events do not
 * depend on `upstream/`.)
 */

/** Epoch milliseconds (the WMS) → ISO 8601. */
export function isoFromMillis(value: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) > 8.64e15) return null;
  return new Date(value).toISOString();
}

/** Epoch seconds (AfterShip `ts`) → ISO 8601. */
export function isoFromSeconds(value: number): string | null {
  return isoFromMillis(value * 1000);
}

/**
 * An ISO 8601 date or date-time → ISO 8601 UTC. A date-time without an offset (AfterShip writes
 * checkpoint times in the location's local time, sometimes without one) is read as UTC, never as
 * this server's zone, so the result does not depend on where Orderlens runs.
 */
export function isoFromText(value: string): string | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const zoned = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text) ? `${text}Z` : text;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
