import type { OrderPanelElement } from '../elements/order-panel/order-panel.element.js';

/** The context a host gives a panel: any of an order reference, a ticket id, a requester email. */
export interface PanelHostContext {
  orderRef?: string | null;
  ticketId?: string | null;
  customerEmail?: string | null;
}

/**
 * Points a panel at a new ticket or order; unset fields are cleared, not kept from the last one.
 * @example applyContext(panel, { ticketId: '48213', customerEmail: 'buyer@acme.example' });
 */
export function applyContext(
  panel: Pick<OrderPanelElement, 'orderRef' | 'ticketId' | 'customerEmail'>,
  context: PanelHostContext,
): void {
  panel.orderRef = context.orderRef?.trim() ?? '';
  panel.ticketId = context.ticketId?.trim() ?? '';
  panel.customerEmail = context.customerEmail?.trim() ?? '';
}
