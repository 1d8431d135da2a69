import { normaliseOrderNumber } from '../../../domain/order-number.js';
import type { ExceptionFilter, QueryResolvers } from '../../generated/resolvers.js';
import type { GraphQLContext } from '../../context.js';
import type { ExceptionListFilter } from '../../../store/exception-queries.js';

/** `Query.exceptions`: the inbox of the viewer's tenant. */
export const exceptions: QueryResolvers['exceptions'] = async (_, { filter, first, after }, ctx) => {
  // The head is read first: a change that lands while the page is read is then delivered again
  // after it rather than lost.
  const feedCursor = await ctx.feed.head(ctx.viewer.tenant);
  const page = await ctx.exceptions.list(toListFilter(ctx, filter), { first: first ?? 20, after });
  return { ...page, feedCursor };
};

/** `Query.exception`: one, or null outside the viewer's tenant. */
export const exception: QueryResolvers['exception'] = (_, { id }, ctx) =>
  ctx.exceptions.byId(ctx.viewer.tenant, id);

/** The GraphQL filter in store terms, always pinned to the viewer's tenant. */
export function toListFilter(
  ctx: GraphQLContext,
  filter: ExceptionFilter | null | undefined,
): ExceptionListFilter {
  return {
    tenant: ctx.viewer.tenant,
    team: filter?.team ?? null,
    severity: filter?.severity ?? null,
    type: filter?.type ?? null,
    status: filter?.status ?? null,
    assignee: filter?.assignedToMe ? ctx.viewer.id : null,
    orderNumber: filter?.orderNumber
      ? (normaliseOrderNumber(filter.orderNumber) ?? filter.orderNumber)
      : null,
  };
}
