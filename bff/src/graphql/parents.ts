import type { OrderException } from '../domain/exception.js';
import type { ErpOrder, ErpOrderLine } from '../domain/model.js';
import type { ExceptionPage } from '../store/exception-queries.js';

/** An ERP line with its order number, so its WMS quantities can be loaded. */
export interface OrderLineParent extends ErpOrderLine {
  orderNumber: string;
}

/** A page of orders from an upstream search and the cursor it was asked from. */
export interface OrderPage {
  items: ErpOrder[];
  /** Upstream cursor the page was fetched with ('' for the first page). */
  from: string;
  /** How many items of the upstream page were skipped to start this page. */
  skipped: number;
  /** Upstream cursor of the next page, null on the last. */
  next: string | null;
  /** Items of the upstream page after this page's last. */
  rest: number;
}

export interface OrderEdgeParent {
  cursor: string;
  node: ErpOrder;
}

export interface ExceptionEdgeParent {
  cursor: string;
  node: OrderException;
}

/** One exception change from the feed. */
export interface ExceptionChangeParent {
  cursor: string;
  kind: 'RAISED' | 'UPDATED' | 'RESOLVED';
  exception: OrderException;
}

/** One order change from the feed; the order itself is loaded when selected. */
export interface OrderChangeParent {
  cursor: string;
  orderNumber: string;
}

/** A page of the inbox and the feed position it was read at. */
export interface ExceptionPageParent extends ExceptionPage {
  feedCursor: string;
}
