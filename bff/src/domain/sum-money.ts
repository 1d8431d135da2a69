import type { Money } from './model.js';

/**
 * Adds amounts of one currency exactly, in integer minor units (no floating point on money).
 * @example sumMoney([{ amount: '1.10', currency: 'EUR' }, { amount: '2.05', currency: 'EUR' }], 'EUR') // 3.15 EUR
 */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  const scale = Math.max(2, ...amounts.map((m) => m.amount.split('.')[1]?.length ?? 0));
  let total = 0n;
  for (const m of amounts) {
    if (m.currency !== currency) throw new Error(`Cannot add ${m.currency} to ${currency}.`);
    total += toUnits(m.amount, scale);
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  return { amount: `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`, currency };
}

function toUnits(amount: string, scale: number): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -units : units;
}
