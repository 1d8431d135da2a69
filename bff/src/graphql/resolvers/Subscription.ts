import type { OrderException } from '../../domain/exception.js';
import { refreshContext, type GraphQLContext } from '../context.js';
import type { FeedChange } from '../../events/create-change-feed.js';
import type { ExceptionFilter, SubscriptionResolvers } from '../generated/resolvers.js';
import type { ExceptionChangeParent, OrderChangeParent } from '../parents.js';
import { toListFilter } from './Query/exceptions.js';
import { resolveOrderNumber } from './Query/order.js';

/**
 * Live feeds over the durable change feed: backlog after the cursor, then live, each change once.
 * Each delivered change starts from fresh loaders, since a subscription keeps one context.
 */
export const Subscription: SubscriptionResolvers = {
  exceptionChanges: {
    subscribe: (_, { after, filter }, ctx) => {
      const accepts = matcher(toListFilter(ctx, filter), filter);
      return ctx.feed.subscribe(ctx.viewer.tenant, {
        after: after ?? null,
        topics: ['exception'],
        filter: (c) => c.topic === 'exception' && accepts(c.payload.exception),
      }) as AsyncIterable<unknown> as AsyncIterable<FeedChange>;
    },
    resolve: (change: FeedChange, _: unknown, ctx: GraphQLContext): ExceptionChangeParent => {
      refreshContext(ctx);
      if (change.topic !== 'exception') throw new Error('exception feed delivered another topic');
      return { cursor: change.cursor, kind: change.payload.kind, exception: change.payload.exception };
    },
  },
  orderChanged: {
    subscribe: async (_, { ref, after }, ctx) => {
      const number = await resolveOrderNumber(ctx, ref);
      return ctx.feed.subscribe(ctx.viewer.tenant, {
        after: after ?? (await ctx.feed.head(ctx.viewer.tenant)),
        topics: ['order'],
        filter: (c) => c.key === number,
      }) as AsyncIterable<unknown> as AsyncIterable<FeedChange>;
    },
    resolve: (change: FeedChange, _: unknown, ctx: GraphQLContext): OrderChangeParent => {
      refreshContext(ctx);
      return { cursor: change.cursor, orderNumber: change.key };
    },
  },
};

/** The inbox filter applied to one exception as it changes (a resolved one still reaches its inbox). */
function matcher(list: ReturnType<typeof toListFilter>, filter: ExceptionFilter | null | undefined) {
  return (e: OrderException) =>
    (!list.team || e.team === list.team) &&
    (!list.severity?.length || list.severity.includes(e.severity)) &&
    (!list.type?.length || list.type.includes(e.type)) &&
    (!filter?.status?.length || filter.status.includes(e.status)) &&
    (!list.assignee || e.assignee === list.assignee) &&
    (!list.orderNumber || e.orderNumber === list.orderNumber);
}
