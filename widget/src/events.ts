/** The agent picked an order inside the panel (from the customer's orders or the search box). */
export type OrderSelectEvent = CustomEvent<{ ref: string }>;
/**
 * The agent opens a linked case. Cancelable: a host that can show the case itself (Zendesk's
 * `routeTo`) calls `preventDefault()` and the browser does not open the link.
 */
export type CaseOpenEvent = CustomEvent<{ caseId: string; url: string }>;

declare global {
  interface HTMLElementEventMap {
    'orderlens-order-select': OrderSelectEvent;
    'orderlens-case-open': CaseOpenEvent;
  }
}

/** Events leave the shadow root and bubble, so a host can listen on any ancestor. */
export function orderlensEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
