import type {
  ExceptionFilterInput,
  ExceptionSeverity,
  ExceptionStatus,
  OrderException,
} from '../client/exception-types.js';

const RANK: Record<ExceptionSeverity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
const UNRESOLVED: readonly ExceptionStatus[] = ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'];

/** The inbox's order, as the API pages it: most severe first, then oldest first, then by id. */
export function inboxOrder(a: OrderException, b: OrderException): number {
  return (
    RANK[a.severity] - RANK[b.severity] || compareText(a.openedAt, b.openedAt) || compareText(a.id, b.id)
  );
}

/** The order panel's order, as `Order.exceptions` returns it: unresolved first, then the inbox's. */
export function handlingOrder(a: OrderException, b: OrderException): number {
  return Number(a.status === 'RESOLVED') - Number(b.status === 'RESOLVED') || inboxOrder(a, b);
}

/** Whether the exception belongs in a list with this filter, as the API would decide it now. */
export function matchesFilter(
  e: OrderException,
  filter: ExceptionFilterInput,
  viewerId: string | null,
): boolean {
  const statuses = filter.status?.length ? filter.status : UNRESOLVED;
  return (
    statuses.includes(e.status) &&
    (!filter.severity?.length || filter.severity.includes(e.severity)) &&
    (!filter.type?.length || filter.type.includes(e.type)) &&
    (!filter.assignedToMe || (viewerId !== null && e.assignee === viewerId)) &&
    (!filter.orderNumber || e.orderNumber === filter.orderNumber)
  );
}

/** The later of two versions of one exception; equal times keep the first. */
export function newer(a: OrderException, b: OrderException | undefined): OrderException {
  return b && b.updatedAt > a.updatedAt ? b : a;
}

export interface ExceptionPageState {
  items: readonly OrderException[];
  /** More pages follow on the server: an item sorting after the last loaded one is not shown yet. */
  hasNextPage: boolean;
}

/**
 * A list after one exception changed: replaced in place, inserted where the order puts it, or
 * removed when it no longer matches. A newcomer that sorts after the last loaded row of an
 * incomplete list belongs to a later page, which "Load more" fetches, so it is not inserted.
 * @example applyChange(state, changed, filter, 'agent-anna', inboxOrder)
 */
export function applyChange(
  state: ExceptionPageState,
  changed: OrderException,
  filter: ExceptionFilterInput,
  viewerId: string | null,
  order: (a: OrderException, b: OrderException) => number = inboxOrder,
): OrderException[] {
  const current = state.items.find((e) => e.id === changed.id);
  if (current && current.updatedAt > changed.updatedAt) return [...state.items]; // an older version
  const rest = state.items.filter((e) => e.id !== changed.id);
  if (!matchesFilter(changed, filter, viewerId)) return rest;
  const last = state.items.at(-1);
  if (!current && state.hasNextPage && last && order(changed, last) > 0) return rest;
  return [...rest, changed].sort(order);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
