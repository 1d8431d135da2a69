import { decodePosition, encodePosition } from '../domain/position-cursor.js';

/** Where an inbox page ends, in its sort order: severity rank, then opened at, then id. */
export interface ExceptionPosition {
  rank: number;
  openedAt: string;
  id: string;
}

export function encodeExceptionCursor(p: ExceptionPosition): string {
  return encodePosition([p.rank, p.openedAt, p.id]);
}

export function decodeExceptionCursor(cursor: string | null | undefined): ExceptionPosition | null {
  if (!cursor) return null;
  return decodePosition(cursor, ([rank, openedAt, id]) =>
    Number.isInteger(rank) && typeof openedAt === 'string' && typeof id === 'string'
      ? { rank: rank as number, openedAt, id }
      : null,
  );
}
