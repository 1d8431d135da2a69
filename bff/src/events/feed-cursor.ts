import { BadInputError } from '../domain/errors.js';

/**
 * Change feed cursors are opaque to clients: today a `seq`, tomorrow perhaps a (shard, seq) pair.
 */
export function encodeFeedCursor(seq: number): string {
  return Buffer.from(`c1:${seq}`).toString('base64url');
}

/** The `seq` a cursor stands for; null or empty means "no cursor". */
export function decodeFeedCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^c1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadInputError('The `after` cursor is not one this API issued.');
  return Number(match[1]);
}
