import type { Money } from './model.js';

/**
 * Rounds a decimal string to the currency's minor units, e.g. ERP `"129.9000"` EUR → `"129.90"`.
 * Integer arithmetic on the digits (BigInt), half away from zero: floats never touch money.
 */
export function toMoney(value: string, currency: string): Money {
  const code = currency.toUpperCase();
  return { amount: roundDecimal(value, minorUnits(code)), currency: code };
}

const minorUnitCache = new Map<string, number>();

/** Minor units per ISO 4217 as Intl knows them (EUR 2, JPY 0, KWD 3). */
function minorUnits(currency: string): number {
  let digits = minorUnitCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnitCache.set(currency, digits);
  }
  return digits;
}

/** Rounds a plain decimal string to `scale` fraction digits; throws on anything else. */
export function roundDecimal(value: string, scale: number): string {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a decimal amount: ${JSON.stringify(value)}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const padded = fraction.padEnd(scale + 1, '0');
  let units = BigInt(whole + padded.slice(0, scale));
  if (Number(padded[scale]) >= 5) units += 1n;
  const text = units.toString().padStart(scale + 1, '0');
  const negative = sign === '-' && units !== 0n;
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** Sums decimal strings exactly, at the largest scale among them. */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  let total = 0n;
  for (const v of values) total += BigInt(roundDecimal(v, scale).replace('.', ''));
  const negative = total < 0n;
  const text = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return negative ? `-${body}` : body;
}
