import type { Order, OrderSummary, SourceSystem } from '../client/order-types.js';
import type { SystemProblem } from '../model/system-problems.js';

/** What the panel shows, decided from the context and the BFF's answers. */
export type PanelResult =
  | {
      view: 'order';
      order: Order;
      problems: SystemProblem[];
      /** Parts shown from an earlier answer, per system, with that answer's time. */
      stale: Map<SourceSystem, string>;
    }
  | {
      view: 'orders';
      email: string;
      orders: OrderSummary[];
      hasMore: boolean;
      problems: SystemProblem[];
      /** A reference from the context that matched no order, shown above the list. */
      unmatchedRef?: string;
    }
  | { view: 'not-found'; ref: string; problems: SystemProblem[] }
  | { view: 'unavailable'; problems: SystemProblem[] }
  | { view: 'search' };

/** A choice the agent made inside the panel, overriding the host's context until it changes. */
export type Selection = { kind: 'ref'; ref: string } | { kind: 'email'; email: string } | null;

/** The host's context for the panel. */
export interface PanelContext {
  orderRef: string;
  ticketId: string;
  customerEmail: string;
}
