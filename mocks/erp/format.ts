import type { ErpMoney } from './wire.js';

/** `YYYYMMDDHHmmss` in UTC, the ERP's timestamp format. */
export function erpTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** `YYYYMMDD` in UTC. */
export function erpDate(ms: number): string {
  return erpTimestamp(ms).slice(0, 8);
}

/** Four decimals, like many ERPs store amounts. */
export function erpMoney(cents: number, curr: string): ErpMoney {
  return { value: `${(cents / 100).toFixed(2)}00`, curr };
}

/** `YYYYMMDDHHmmss` (UTC) → epoch ms, or null unless it is exactly that form and a real instant. */
export function parseErpTimestamp(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  // Date.UTC rolls 20261331 over into the next year; the ERP refuses it instead.
  return erpTimestamp(ms) === value ? ms : null;
}
