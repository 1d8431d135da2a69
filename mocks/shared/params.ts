import { BadRequest } from './business-route.js';

/** A comma-separated query parameter as a de-duplicated list; 400 when missing, empty or over `max`. */
export function listParam(url: URL, name: string, max: number): string[] {
  const raw = url.searchParams.get(name);
  const values = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  if (values.length === 0) throw new BadRequest(`${name} is required`, name);
  if (values.length > max)
    throw new BadRequest(`at most ${max} values in ${name}, got ${values.length}`, name);
  return values;
}

/** An integer query parameter within [min, max], or the fallback when absent. */
export function intParam(
  url: URL,
  name: string,
  range: { min: number; max: number; fallback: number },
): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return range.fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new BadRequest(`${name} must be an integer from ${range.min} to ${range.max}`, name);
  }
  return value;
}
