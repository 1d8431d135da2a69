import { BadInputError, DomainError } from '../../../domain/errors.js';
import type { ErpOrder, OrderRefKind } from '../../../domain/model.js';
import { normaliseOrderNumber } from '../../../domain/order-number.js';
import { candidateKinds, MAX_REF_LENGTH } from '../../../domain/order-ref.js';
import type { GraphQLContext } from '../../context.js';
import { fromSystem, unlessFailed } from '../../from-system.js';
import type { QueryResolvers } from '../../generated/resolvers.js';

/**
 * `Query.order`: any reference → the order. Ambiguous references are tried as every plausible kind
 * at once; the ERP's own number wins, then the order found by the most specific kind.
 */
export const order: QueryResolvers['order'] = async (_, { ref, kind }, ctx) => {
  const number = await findOrderNumber(ctx, ref, kind);
  return number ? loadOrder(ctx, number) : null;
};

/** The order number a reference names, for feeds that follow one order; NOT_FOUND when none. */
export async function resolveOrderNumber(ctx: GraphQLContext, ref: string): Promise<string> {
  const number = await findOrderNumber(ctx, ref);
  if (!number) throw new DomainError('NOT_FOUND', 'No order matches that reference.');
  return number;
}

async function findOrderNumber(
  ctx: GraphQLContext,
  ref: string,
  kind?: OrderRefKind | null,
): Promise<string | null> {
  const trimmed = ref.trim();
  if (!trimmed || trimmed.length > MAX_REF_LENGTH) {
    throw new BadInputError(`\`ref\` must be 1 to ${MAX_REF_LENGTH} characters.`);
  }
  const kinds = kind ? [kind] : candidateKinds(trimmed);
  const found = await Promise.all(kinds.map((k) => orderNumberFor(ctx, k, trimmed)));
  const failure = found.find((f): f is Error => f instanceof Error);
  const number = found.find((f): f is string => typeof f === 'string');
  if (!number && failure) throw failure;
  return number ?? null;
}

/** The ERP order, with the other systems' reads for it already on their way (they need only the number). */
export async function loadOrder(ctx: GraphQLContext, number: string): Promise<ErpOrder | null> {
  void ctx.loaders.wmsOrder.load(number).catch(() => null);
  void ctx.loaders.casesByOrder.load(number).catch(() => null);
  const found = await fromSystem(ctx, ctx.loaders.erpOrder.load(number));
  // The upstream call is tenant-scoped already; this guards against a misconfigured account map.
  return found && found.tenant === ctx.viewer.tenant ? found : null;
}

async function orderNumberFor(
  ctx: GraphQLContext,
  kind: OrderRefKind,
  ref: string,
): Promise<string | null | Error> {
  try {
    switch (kind) {
      case 'ERP_ORDER_NUMBER':
        return normaliseOrderNumber(ref);
      case 'TICKET_ID':
        return /^\d+$/.test(ref) ? await orderNumberForTicket(ctx, ref) : null;
      default:
        return await ctx.loaders.orderNumberBy[kind].load(ref);
    }
  } catch (error) {
    return error as Error;
  }
}

/** A ticket names its order in the order field; without one, the requester's latest order stands in. */
async function orderNumberForTicket(ctx: GraphQLContext, id: string): Promise<string | null> {
  const ticket = await ctx.loaders.caseById.load(id);
  if (!ticket) return null;
  if (ticket.orderNumber) return ticket.orderNumber;
  const email = ticket.requester?.email;
  if (!email) return null;
  const latest = await unlessFailed(
    ctx.upstreams.erp.searchOrders(ctx.viewer.tenant, { email }, { first: 1, after: null }),
  );
  return latest?.items[0]?.number ?? null;
}
