import type { ReactiveControllerHost } from 'lit';
import type { BffClient } from '../client/bff-client.js';
import { EXCEPTION_CHANGES_SUBSCRIPTION, EXCEPTION_LIST_QUERY } from '../client/documents/index.js';
import type { ExceptionStatus, OrderException } from '../client/exception-types.js';
import type {
  ExceptionChangesSubscription,
  ExceptionChangesSubscriptionVariables,
} from '../client/generated/operations.js';
import type { Order } from '../client/order-types.js';
import { handlingOrder, newer } from '../model/exception-list.js';
import { SubscriptionController } from './subscription-controller.js';

/** Every status, resolved ones included; complete, or the compiler says which is missing. */
const ALL_STATUSES = Object.keys({
  OPEN: true,
  ACKNOWLEDGED: true,
  SNOOZED: true,
  RESOLVED: true,
} satisfies Record<ExceptionStatus, true>) as ExceptionStatus[];

export interface OrderExceptionsInputs {
  client: BffClient | undefined;
  /** The ERP number of the order on screen; null when the panel shows no order. */
  orderNumber: string | null;
}

/**
 * Keeps the open order's exceptions current: `Order.exceptions` as loaded with the panel, plus
 * every change the exception feed reports for that order. When the feed starts without a cursor,
 * the order was loaded before it, so the order's exceptions are read once more (store only, no
 * upstream call) to close the gap.
 * @example this.exceptions = new OrderExceptionsController(this, () => ({ client, orderNumber }));
 */
export class OrderExceptionsController {
  readonly live: SubscriptionController<ExceptionChangesSubscription, ExceptionChangesSubscriptionVariables>;
  /** Versions seen since the order was loaded, by id, for the order in `for`. */
  private seen = new Map<string, OrderException>();
  private for: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => OrderExceptionsInputs,
  ) {
    this.live = new SubscriptionController(host, {
      client: () => inputs().client,
      query: EXCEPTION_CHANGES_SUBSCRIPTION,
      variables: () => {
        const { orderNumber } = inputs();
        return orderNumber ? { filter: { orderNumber } } : null;
      },
      cursorOf: (data) => data.exceptionChanges.cursor,
      onData: (data) => this.put([data.exceptionChanges.exception]),
      onLive: (resumed) => {
        if (!resumed) void this.refill();
      },
    });
  }

  /** The order's exceptions as loaded, each replaced by a newer version seen since. */
  exceptionsOf(order: Order): OrderException[] {
    if (order.id !== this.for) return order.exceptions;
    const byId = new Map(order.exceptions.map((e) => [e.id, e]));
    for (const e of this.seen.values()) byId.set(e.id, newer(e, byId.get(e.id)));
    return [...byId.values()].sort(handlingOrder);
  }

  private put(exceptions: readonly OrderException[]): void {
    const { orderNumber } = this.inputs();
    if (orderNumber !== this.for) {
      this.seen.clear();
      this.for = orderNumber;
    }
    for (const e of exceptions) {
      if (e.orderNumber === orderNumber) this.seen.set(e.id, newer(e, this.seen.get(e.id)));
    }
    this.host.requestUpdate();
  }

  private async refill(): Promise<void> {
    const { client, orderNumber } = this.inputs();
    if (!client || !orderNumber) return;
    try {
      const result = await client.request(EXCEPTION_LIST_QUERY, {
        filter: { orderNumber, status: ALL_STATUSES },
        first: 50,
      });
      if (result.data && this.inputs().orderNumber === orderNumber)
        this.put(result.data.exceptions.edges.map((edge) => edge.node));
    } catch {
      // The order's own list stays on screen; the next change on the feed still arrives.
    }
  }
}
