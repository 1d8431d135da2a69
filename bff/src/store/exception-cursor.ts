import { BadInputError } from '../domain/errors.js';

/** Where an inbox page ends, in its sort order: severity rank, then opened at, then id. */
export interface ExceptionPosition {
  rank: number;
  openedAt: string;
  id: string;
}

export function encodeExceptionCursor(p: ExceptionPosition): string {
  return Buffer.from(JSON.stringify([p.rank, p.openedAt, p.id])).toString('base64url');
}

export function decodeExceptionCursor(cursor: string | null | undefined): ExceptionPosition | null {
  if (!cursor) return null;
  try {
    const [rank, openedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (Number.isInteger(rank) && typeof openedAt === 'string' && typeof id === 'string') {
      return { rank: rank as number, openedAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('The `after` cursor is not one this API issued.');
}
