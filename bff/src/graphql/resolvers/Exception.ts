import type { ExceptionConnectionResolvers, ExceptionResolvers } from '../generated/resolvers.js';
import { loadOrder } from './Query/order.js';

export const Exception: ExceptionResolvers = {
  order: (exception, _, ctx) => loadOrder(ctx, exception.orderNumber),
  history: (exception, _, ctx) => ctx.loaders.historyById.load(exception.id),
};

export const ExceptionConnection: ExceptionConnectionResolvers = {
  edges: (page) => page.edges,
  pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
};
