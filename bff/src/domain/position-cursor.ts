import { BadInputError } from './errors.js';

/**
 * An opaque page cursor: a position in a list's sort order (its key values), as base64url JSON.
 * @example encodePosition(['2026-11-04T09:12:00.000Z', 'a1b2']) // 'WyIyMDI2LTExLTA0…'
 */
export function encodePosition(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The position `encodePosition` wrote, as `read` takes it from the values (null when they are not
 * one); a cursor this API did not give is the caller's mistake, not a server error.
 * @example decodePosition(after, ([at, id]) => (typeof at === 'string' && typeof id === 'string' ? { at, id } : null));
 */
export function decodePosition<T>(
  cursor: string,
  read: (values: unknown[]) => T | null,
  message = 'The `after` cursor is not one this API issued.',
): T {
  let values: unknown = null;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not ours: refused below
  }
  const position = Array.isArray(values) ? read(values) : null;
  if (position === null) throw new BadInputError(message);
  return position;
}
