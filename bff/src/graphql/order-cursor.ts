import { BadInputError } from '../domain/errors.js';
import type { Page, ErpOrder } from '../domain/model.js';
import { decodePosition, encodePosition } from '../domain/position-cursor.js';
import type { OrderPage } from './parents.js';

/**
 * Relay cursors over an upstream that pages with its own opaque cursor: a position is the upstream
 * cursor of a page plus how many of its items to skip, so every edge has a cursor of its own.
 */
export interface OrderPosition {
  from: string;
  skip: number;
}

export function encodeOrderCursor(position: OrderPosition): string {
  return encodePosition([position.from, position.skip]);
}

export function decodeOrderCursor(cursor: string | null | undefined): OrderPosition {
  if (!cursor) return { from: '', skip: 0 };
  return decodePosition(cursor, ([from, skip]) =>
    typeof from === 'string' && Number.isInteger(skip) && (skip as number) >= 0
      ? { from, skip: skip as number }
      : null,
  );
}

/** Page size bounds for every order connection. */
export const MAX_PAGE = 50;

export function checkFirst(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new BadInputError(`\`first\` must be between 1 and ${MAX_PAGE}.`);
  }
  return n;
}

/**
 * Fetches one connection page at a position: asks the upstream for the skipped items too and
 * drops them, so resuming mid-page stays exact.
 */
export async function fetchOrderPage(
  position: OrderPosition,
  first: number,
  fetch: (page: { first: number; after: string | null }) => Promise<Page<ErpOrder>>,
): Promise<OrderPage> {
  const page = await fetch({
    first: Math.min(first + position.skip, MAX_PAGE),
    after: position.from || null,
  });
  const items = page.items.slice(position.skip, position.skip + first);
  const rest = page.items.length - position.skip - items.length;
  return { items, from: position.from, skipped: position.skip, next: page.next, rest };
}
