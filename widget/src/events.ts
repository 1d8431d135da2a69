/** The agent picked an order inside the panel (from the customer's orders or the search box). */
export type OrderSelectEvent = CustomEvent<{ ref: string }>;
/**
 * The agent opens a linked case. Cancelable: a host that can show the case itself (Zendesk's
 * `routeTo`) calls `preventDefault()` and the browser does not open the link.
 */
export type CaseOpenEvent = CustomEvent<{ caseId: string; url: string }>;
/**
 * The agent asks to see an exception's order (an alert's "Open order", an inbox row's order
 * number). The host shows it, e.g. by pointing its order panel at `orderNumber`.
 */
export type OpenOrderEvent = CustomEvent<{ orderNumber: string; exceptionId: string }>;

declare global {
  interface HTMLElementEventMap {
    'orderlens-order-select': OrderSelectEvent;
    'orderlens-case-open': CaseOpenEvent;
    'orderlens-open-order': OpenOrderEvent;
  }
}

/** Events leave the shadow root and bubble, so a host can listen on any ancestor. */
export function orderlensEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
