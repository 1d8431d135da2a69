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
