/**
 * An instant as the ERP writes it, `YYYYMMDDHHmmss` in UTC. Whole seconds: the fraction is cut, so
 * a "changed before" bound never reaches past the instant asked for.
 *
 * @example toErpTimestamp('2026-10-31T00:00:00.750Z') // '20261031000000'
 */
export function toErpTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`Not a timestamp: ${JSON.stringify(iso)}`);
  const text = new Date(time).toISOString();
  if (!/^\d{4}-/.test(text)) throw new Error(`Outside the ERP's years: ${JSON.stringify(iso)}`);
  return text.replace(/\D/g, '').slice(0, 14);
}
