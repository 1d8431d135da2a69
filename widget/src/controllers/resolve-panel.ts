import type { BffClient, GraphQLErrorEntry } from '../client/bff-client.js';
import { CUSTOMER_ORDERS_QUERY, ORDER_PANEL_QUERY } from '../client/documents/index.js';
import type { Order, OrderRefKind, SourceSystem } from '../client/order-types.js';
import { lastKnownWhole, mergeLastKnown, type KnownOrder } from '../model/last-known.js';
import { createDownSince, failedSystems, type SystemProblem } from '../model/system-problems.js';
import type { PanelContext, PanelResult, Selection } from './panel-result.js';

const RECENT_ORDERS = 10;

/**
 * The panel's read logic, outside any element: which query the context calls for, the fallbacks
 * (order field → ticket → the requester's orders), and memory of last-known answers per order.
 * @example const resolve = createPanelResolver(); await resolve(client, context, null, signal);
 */
export function createPanelResolver() {
  const downSince = createDownSince();
  const known = new Map<string, KnownOrder>();

  const problemsOf = (errors: GraphQLErrorEntry[], asked?: readonly SourceSystem[]) => {
    const failed = failedSystems(errors);
    return { failed, problems: downSince.update(failed, new Date(), asked) };
  };

  async function loadOrder(client: BffClient, ref: string, kind: OrderRefKind | null, signal: AbortSignal) {
    const result = await client.request(ORDER_PANEL_QUERY, { ref, kind }, signal);
    const { failed, problems } = problemsOf(result.errors);
    const key = `${kind ?? ''}:${ref.trim().toUpperCase()}`;
    const order = result.data?.order ?? null;
    if (order) {
      const merged = mergeLastKnown(order, known.get(key), new Set(failed.keys()));
      // Only a complete answer is worth keeping: it is what fills in for a system that fails later.
      if (failed.size === 0) known.set(key, { order, fetchedAt: new Date().toISOString() });
      return { problems, order: merged.order, stale: merged.stale, failed };
    }
    // No order, but a system failed: the reference may have needed it (a tracking number needs the
    // WMS), so this is "cannot tell", never "not found". An earlier answer stands in where there is one.
    const previous = known.get(key);
    if (failed.size > 0 && previous) return { problems, failed, ...lastKnownWhole(previous) };
    return { problems, failed, order: null as Order | null, stale: new Map<SourceSystem, string>() };
  }

  async function loadOrders(
    client: BffClient,
    email: string,
    signal: AbortSignal,
    before: { unmatchedRef?: string; problems?: SystemProblem[] } = {},
  ) {
    const result = await client.request(CUSTOMER_ORDERS_QUERY, { email, first: RECENT_ORDERS }, signal);
    // The customer's orders come from the ERP alone; a CRM failure seen just before still stands.
    const { problems: own } = problemsOf(result.errors, ['ERP']);
    const problems = [...(before.problems ?? []).filter((p) => p.system !== 'ERP'), ...own];
    const page = result.data?.searchOrders;
    if (!page) return { view: 'unavailable', problems } satisfies PanelResult;
    return {
      view: 'orders',
      email,
      orders: page.edges.map((e) => e.node),
      hasMore: page.pageInfo.hasNextPage,
      problems,
      ...(before.unmatchedRef ? { unmatchedRef: before.unmatchedRef } : {}),
    } satisfies PanelResult;
  }

  return async function resolvePanel(
    client: BffClient,
    context: PanelContext,
    selection: Selection,
    signal: AbortSignal,
  ): Promise<PanelResult> {
    if (selection?.kind === 'email') return loadOrders(client, selection.email, signal);
    const ref = selection?.ref ?? context.orderRef.trim();
    const byTicket = !ref && context.ticketId.trim() !== '';
    if (!ref && !byTicket) {
      return context.customerEmail ? loadOrders(client, context.customerEmail, signal) : { view: 'search' };
    }
    const found = await loadOrder(
      client,
      ref || context.ticketId.trim(),
      byTicket ? 'TICKET_ID' : null,
      signal,
    );
    if (found.order)
      return { view: 'order', order: found.order, problems: found.problems, stale: found.stale };
    if (found.failed.size > 0 && !(byTicket && context.customerEmail && !found.failed.has('ERP'))) {
      return { view: 'unavailable', problems: found.problems };
    }
    // A ticket without an order field is normal; a reference that matches nothing is worth saying.
    if (!selection && context.customerEmail) {
      return loadOrders(client, context.customerEmail, signal, {
        problems: found.problems,
        ...(byTicket ? {} : { unmatchedRef: ref }),
      });
    }
    return { view: 'not-found', ref: ref || context.ticketId, problems: found.problems };
  };
}
