import type { OrderConnectionResolvers } from '../generated/resolvers.js';
import { encodeOrderCursor } from '../order-cursor.js';

export const OrderConnection: OrderConnectionResolvers = {
  edges: (page) =>
    page.items.map((node, i) => ({
      node,
      cursor: encodeOrderCursor({ from: page.from, skip: page.skipped + i + 1 }),
    })),
  pageInfo: (page) => {
    const hasNextPage = page.rest > 0 || page.next !== null;
    if (!page.items.length) return { hasNextPage, endCursor: null };
    // At the end of an upstream page the next one starts fresh, so skips never outgrow a page.
    const end =
      page.rest === 0 && page.next
        ? { from: page.next, skip: 0 }
        : { from: page.from, skip: page.skipped + page.items.length };
    return { hasNextPage, endCursor: encodeOrderCursor(end) };
  },
};
