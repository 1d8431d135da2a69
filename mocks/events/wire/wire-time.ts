/** ISO 8601 in whole seconds, UTC: `2026-11-24T10:00:00Z`, as EasyPost and Zendesk write times. */
export const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The same with an explicit offset, as AfterShip writes checkpoint times. */
export const isoOffset = (ms: number): string => isoSeconds(ms).replace(/Z$/, '+00:00');

/** A calendar date, `2026-11-26`. */
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A carrier's place text (`Louisville, KY, US`, `Leipzig, DE`) in parts. */
export function placeParts(place: string | null): {
  city: string | null;
  state: string | null;
  country: string | null;
} {
  const parts = (place ?? '').split(', ').filter(Boolean);
  if (parts.length === 0) return { city: null, state: null, country: null };
  const country = parts.length > 1 ? parts[parts.length - 1]! : null;
  return { city: parts[0]!, state: parts.length > 2 ? parts[1]! : null, country };
}
