import { TaskStatus } from '@lit/task';
import { html, LitElement, type PropertyValues } from 'lit';
import { createBffClient, BffRequestError, type BffClient, type GetToken } from '../../client/bff-client.js';
import { OrderExceptionsController } from '../../controllers/order-exceptions-controller.js';
import { OrderQueryController, WaitingForHost } from '../../controllers/order-query-controller.js';
import type { PanelResult, Selection } from '../../controllers/panel-result.js';
import { orderlensEvent } from '../../events.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { orderPanelStyles } from './order-panel.styles.js';
import { renderResult } from './parts/render-result.js';
import type { RenderContext } from './parts/render-context.js';
import { skeleton } from './parts/skeleton.js';

/** Same origin as the script: the BFF serves the widget in the embedded default. */
const DEFAULT_ENDPOINT = `${new URL(import.meta.url).origin}/graphql`;

/**
 * An order's whole fulfilment picture for a service-desk sidebar: status per system, lines, shipments,
 * returns, refunds, cases, the merged timeline, and its exceptions, which update live while the order
 * is on screen. Given a ticket with no order, it lists the requester's recent orders; given nothing,
 * it offers a search box.
 *
 * @attr order-ref - Any order reference the ticket holds (order number, PO, tracking, RMA …).
 * @attr ticket-id - The helpdesk ticket id; resolves the order through the ticket's order field.
 * @attr customer-email - The requester's email; lists their recent orders when no order is found.
 * @attr locale - BCP 47 locale for words, dates and money; defaults to the browser's.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system.
 * @attr endpoint - The BFF's GraphQL URL; defaults to `/graphql` on the script's origin.
 * @prop getToken - `() => string | Promise<string>` returning a bearer token; kept in memory only.
 * @prop client - A ready BFF client, instead of `endpoint` and `getToken`. Give the panel, the inbox and
 *   the alerts one client, and all their live updates share one streaming connection.
 *
 * @fires orderlens-order-select - `{ ref }` when the agent picks an order in the panel.
 * @fires orderlens-case-open - `{ caseId, url }` when the agent opens a case; cancelable.
 *
 * @csspart panel - The panel's root. @csspart header - Order number, status, customer, totals.
 * @csspart chip - A system's status chip; also `chip-ok`, `chip-stale`, `chip-down`.
 * @csspart banner - A failed system's banner. @csspart section - Each section; also `section-<name>`.
 * @csspart badge - Status badges. @csspart link - Outbound links. @csspart button - Buttons.
 * @csspart line, shipment, return, refund, case, event, exception - List items. @csspart search, input - Search.
 * @csspart order-list, order-option - The customer's orders. @csspart skeleton - Loading shapes.
 *
 * @cssprop --orderlens-font, --orderlens-font-size - Typeface and base size.
 * @cssprop --orderlens-bg, --orderlens-surface, --orderlens-fg, --orderlens-muted, --orderlens-border
 * @cssprop --orderlens-accent, --orderlens-focus - Links, primary button, focus ring.
 * @cssprop --orderlens-ok, --orderlens-info, --orderlens-warn, --orderlens-danger - Status tones.
 * @cssprop --orderlens-radius - Corner radius of cards and chips.
 */
export class OrderPanelElement extends LitElement {
  static override styles = orderPanelStyles;
  static override properties = {
    orderRef: { attribute: 'order-ref' },
    ticketId: { attribute: 'ticket-id' },
    customerEmail: { attribute: 'customer-email' },
    locale: {},
    theme: { reflect: true },
    endpoint: {},
    getToken: { attribute: false },
    client: { attribute: false },
    selection: { state: true },
    expanded: { state: true },
    announcement: { state: true },
  };

  declare orderRef: string;
  declare ticketId: string;
  declare customerEmail: string;
  declare locale: string;
  declare theme: 'light' | 'dark' | 'auto';
  declare endpoint: string;
  declare getToken: GetToken | undefined;
  declare client: BffClient | undefined;
  declare private selection: Selection;
  declare private expanded: ReadonlySet<string>;
  declare private announcement: string;

  /** The client in use: the `client` property, or one built from `endpoint` and `getToken`. */
  private activeClient: BffClient | undefined;
  private readonly i18n = new LocaleController(this, () => this.locale || navigator.language);
  private readonly query = new OrderQueryController(this, () => ({
    client: this.activeClient,
    context: {
      orderRef: this.orderRef ?? '',
      ticketId: this.ticketId ?? '',
      customerEmail: this.customerEmail ?? '',
    },
    selection: this.selection,
  }));
  private readonly exceptions = new OrderExceptionsController(this, () => {
    const result = this.query.result;
    return { client: this.activeClient, orderNumber: result?.view === 'order' ? result.order.id : null };
  });
  private viewerId: string | null = null;
  private measured: PanelResult | undefined;
  private focusAfterRender: string | null = null;

  constructor() {
    super();
    this.orderRef = '';
    this.ticketId = '';
    this.customerEmail = '';
    this.locale = '';
    this.theme = 'light';
    this.endpoint = DEFAULT_ENDPOINT;
    this.selection = null;
    this.expanded = new Set();
    this.announcement = '';
  }

  /** Loads the same order again, e.g. after a system came back. */
  refresh(): void {
    this.query.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('endpoint') || changed.has('getToken')) {
      const client =
        this.client ??
        (this.getToken ? createBffClient({ endpoint: this.endpoint, getToken: this.getToken }) : undefined);
      this.activeClient = client;
      this.viewerId = null;
      void client?.viewer?.().then((claims) => {
        if (this.activeClient !== client) return;
        this.viewerId = claims?.id ?? null;
        this.requestUpdate();
      });
    }
    // A new ticket starts fresh: the agent's pick and open lists belonged to the last one.
    if (changed.has('orderRef') || changed.has('ticketId') || changed.has('customerEmail')) {
      this.selection = null;
      this.expanded = new Set();
    }
  }

  protected override render() {
    const { msg } = this.i18n;
    const result = this.query.result;
    const busy = this.query.status === TaskStatus.PENDING || !this.i18n.ready;
    let body: unknown;
    if (!this.i18n.ready || (!result && this.query.status !== TaskStatus.ERROR)) {
      body = skeleton(msg.loading);
    } else if (!result) {
      body = this.renderError(this.query.task.error);
    } else {
      const shown =
        result.view === 'order'
          ? { ...result, order: { ...result.order, exceptions: this.exceptions.exceptionsOf(result.order) } }
          : result;
      body = renderResult(this.renderContext(), shown, {
        refresh: () => this.query.reload(),
        busy,
        back: this.selection && this.canGoBack() ? () => this.goBack() : undefined,
        search: (term) =>
          this.select(term.includes('@') ? { kind: 'email', email: term } : { kind: 'ref', ref: term }),
      });
    }
    return html`<div
      class="panel"
      part="panel"
      role="region"
      aria-label=${msg.panelLabel}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${body}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  protected override updated(): void {
    const result = this.query.result;
    if (result && result !== this.measured && this.query.status === TaskStatus.COMPLETE && this.i18n.ready) {
      this.measured = result;
      markRendered();
      if (result.view === 'order') this.announcement = this.i18n.msg.loaded(result.order.id);
    }
    if (this.focusAfterRender && result) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      if (target) {
        target.tabIndex = -1;
        target.focus();
        this.focusAfterRender = null;
      }
    }
  }

  private renderError(error: unknown) {
    if (error instanceof WaitingForHost) return skeleton(this.i18n.msg.loading);
    const { msg } = this.i18n;
    const unauthorized = error instanceof BffRequestError && (error.status === 401 || error.status === 403);
    return html`<div class="state" part="state" role="alert">
      <p>${unauthorized ? msg.unauthorized : msg.failed}</p>
      <button class="more" part="button" @click=${() => this.query.reload()}>${msg.retry}</button>
    </div>`;
  }

  private renderContext(): RenderContext {
    return {
      msg: this.i18n.msg,
      fmt: this.i18n.fmt,
      ticketId: this.ticketId ?? '',
      viewerId: this.viewerId,
      live: this.exceptions.live.status,
      isExpanded: (key) => this.expanded.has(key),
      toggle: (key) => {
        const next = new Set(this.expanded);
        if (!next.delete(key)) next.add(key);
        this.expanded = next;
      },
      openCase: (event, caseId, url) => {
        const proceed = this.dispatchEvent(orderlensEvent('orderlens-case-open', { caseId, url }, true));
        if (!proceed) event.preventDefault();
      },
      selectOrder: (ref) => this.select({ kind: 'ref', ref }),
    };
  }

  private select(selection: Selection): void {
    this.selection = selection;
    this.expanded = new Set();
    this.focusAfterRender = selection?.kind === 'ref' ? '.order-id, .state p, .notice' : '#h-orders';
    if (selection?.kind === 'ref')
      this.dispatchEvent(orderlensEvent('orderlens-order-select', { ref: selection.ref }));
  }

  private canGoBack(): boolean {
    return !!this.customerEmail || this.selection?.kind === 'ref';
  }

  private goBack(): void {
    this.selection = null;
    this.focusAfterRender = this.customerEmail ? '#h-orders' : '#q';
  }
}

/**
 * Marks the moment the panel's DOM is committed and, one frame later, painted, so the time from
 * data arrival (`orderlens:data`, set by the client) to a visible panel is measurable (B9).
 */
function markRendered(): void {
  if (performance.getEntriesByName('orderlens:data', 'mark').length === 0) return;
  performance.measure('orderlens:data-to-render', 'orderlens:data');
  requestAnimationFrame(() => performance.measure('orderlens:data-to-paint', 'orderlens:data'));
}
