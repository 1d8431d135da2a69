/**
 * Wire date and time conversions shared by the adapters. Each throws on a malformed value so the
 * record that carries it fails alone (an `Error` at its key), instead of showing a wrong date.
 */

/** ERP `YYYYMMDD` → `YYYY-MM-DD`. */
export function erpDate(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) throw new Error(`Not an ERP date: ${JSON.stringify(value)}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** ERP `YYYYMMDDHHmmss` (UTC) → ISO 8601; a bare `YYYYMMDD` reads as midnight UTC. */
export function erpTimestamp(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(value);
  if (!m) throw new Error(`Not an ERP timestamp: ${JSON.stringify(value)}`);
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  return isoOrThrow(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

/** ERP optional date: null or empty stays null. */
export function erpDateOrNull(value: string | null | undefined): string | null {
  return value ? erpDate(value) : null;
}

/** WMS epoch milliseconds → ISO 8601. */
export function epochMillis(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not an epoch timestamp: ${String(value)}`);
  return new Date(value).toISOString();
}

export function epochMillisOrNull(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : epochMillis(value);
}

/** Any ISO-ish timestamp (Zendesk) → normalised ISO 8601. */
export function isoOrThrow(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`Not a timestamp: ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}
