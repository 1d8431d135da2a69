import { UpstreamError } from '../domain/errors.js';
import type { GraphQLContext } from './context.js';

/**
 * Awaits one system's data for a nullable field. When the system fails, the first such field in the
 * response carries the coded error and every later field of that system is just null, so a down
 * WMS costs its own fields and one error, not one per line.
 * @example shipments: (order, _, ctx) => fromSystem(ctx, ctx.loaders.wmsOrder.load(order.number))
 */
export async function fromSystem<T>(ctx: GraphQLContext, pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof UpstreamError) {
      if (ctx.reportedFailures.has(error.system)) return null;
      ctx.reportedFailures.add(error.system);
    }
    throw error;
  }
}

/** The value, or null when the system failed: for merged fields that show what the others know. */
export function unlessFailed<T>(pending: Promise<T>): Promise<T | null> {
  return pending.catch((error: unknown) => {
    if (error instanceof UpstreamError) return null;
    throw error;
  });
}
