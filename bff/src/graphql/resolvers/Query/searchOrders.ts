import { BadInputError } from '../../../domain/errors.js';
import type { OrderSearch } from '../../../domain/model.js';
import { fromSystem } from '../../from-system.js';
import type { GraphQLContext } from '../../context.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import type { OrderPage } from '../../parents.js';
import { checkFirst, decodeOrderCursor, fetchOrderPage } from '../../order-cursor.js';

/** `Query.searchOrders`: orders of the customers matching one attribute, newest first. */
export const searchOrders: QueryResolvers['searchOrders'] = (_, { filter, first, after }, ctx) => {
  const given = Object.entries(filter).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
  if (given.length !== 1) {
    throw new BadInputError('Give exactly one of `email`, `phone`, `name` or `customerNumber`.');
  }
  const [field, value] = given[0] as [keyof OrderSearch, string];
  if (value.length > 200) throw new BadInputError(`\`${field}\` is too long.`);
  return searchOrderPage(ctx, { [field]: value.trim() }, first, after);
};

/** One page of an ERP order search; the orders it returns also answer later loads by number. */
export async function searchOrderPage(
  ctx: GraphQLContext,
  search: OrderSearch,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<OrderPage | null> {
  const position = decodeOrderCursor(after);
  const size = checkFirst(first, 20);
  const page = await fromSystem(
    ctx,
    fetchOrderPage(position, size, (p) => ctx.upstreams.erp.searchOrders(ctx.viewer.tenant, search, p)),
  );
  for (const order of page?.items ?? []) ctx.loaders.erpOrder.prime(order.number, order);
  return page;
}
