import { html, LitElement, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { createBffClient, type BffClient, type GetToken } from '../../client/bff-client.js';
import { EXCEPTION_CHANGES_SUBSCRIPTION } from '../../client/documents/index.js';
import type { OrderException } from '../../client/exception-types.js';
import type {
  ExceptionChangesSubscription,
  ExceptionChangesSubscriptionVariables,
} from '../../client/generated/operations.js';
import { SubscriptionController } from '../../controllers/subscription-controller.js';
import { ToastQueueController } from '../../controllers/toast-queue-controller.js';
import { orderlensEvent } from '../../events.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { severityBadge } from '../shared/exception-parts.js';
import { exceptionToastsStyles } from './exception-toasts.styles.js';

const DEFAULT_ENDPOINT = `${new URL(import.meta.url).origin}/graphql`;

/**
 * Alerts for new high and critical exceptions, in a corner of the desk: what happened, to which
 * order, and an "Open order" button. They are announced politely (`role="status"`), never take
 * focus, and leave on their own after `duration` ms (critical ones after twice that), counted only
 * while the agent is not pointing at or focused in them. Escape dismisses the focused one.
 *
 * @attr locale - BCP 47 locale; defaults to the browser's.
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @attr endpoint - The BFF's GraphQL URL; defaults to `/graphql` on the script's origin.
 * @attr team - Only this team's exceptions.
 * @attr duration - How long an alert stays, in ms (default 10000).
 * @prop getToken - `() => string | Promise<string>` returning a bearer token; kept in memory only.
 * @prop client - A ready BFF client; share one with the panel and the inbox for one stream.
 *
 * @fires orderlens-open-order - `{ orderNumber, exceptionId }` when the agent clicks "Open order".
 *
 * @csspart region - The alerts' container. @csspart toast - One alert. @csspart badge, severity
 * @csspart button, open-order, dismiss - Its buttons.
 * @cssprop --orderlens-toasts-inset - Distance from the viewport's bottom-right corner (16px).
 * @cssprop --orderlens-* - The same design tokens as `<orderlens-order-panel>`.
 */
export class ExceptionToastsElement extends LitElement {
  static override styles = exceptionToastsStyles;
  static override properties = {
    locale: {},
    theme: { reflect: true },
    endpoint: {},
    team: {},
    duration: { type: Number },
    getToken: { attribute: false },
    client: { attribute: false },
  };

  declare locale: string;
  declare theme: 'light' | 'dark' | 'auto';
  declare endpoint: string;
  declare team: string;
  declare duration: number;
  declare getToken: GetToken | undefined;
  declare client: BffClient | undefined;

  private active: BffClient | undefined;
  /** Where focus was before it entered an alert, to give it back when that alert leaves. */
  private returnFocusTo: HTMLElement | null = null;
  private readonly i18n = new LocaleController(this, () => this.locale || navigator.language);
  private readonly queue = new ToastQueueController<OrderException>(this, {
    max: 4,
    durationOf: (e) => (this.duration || 10_000) * (e.severity === 'CRITICAL' ? 2 : 1),
  });
  private readonly live = new SubscriptionController<
    ExceptionChangesSubscription,
    ExceptionChangesSubscriptionVariables
  >(this, {
    client: () => this.active,
    query: EXCEPTION_CHANGES_SUBSCRIPTION,
    variables: () => ({
      filter: { severity: ['HIGH', 'CRITICAL'], ...(this.team ? { team: this.team } : {}) },
    }),
    cursorOf: (data) => data.exceptionChanges.cursor,
    onData: ({ exceptionChanges: change }) => {
      if (change.kind === 'RAISED') this.queue.push(change.exception);
    },
  });

  constructor() {
    super();
    this.locale = '';
    this.theme = 'light';
    this.endpoint = DEFAULT_ENDPOINT;
    this.team = '';
    this.duration = 10_000;
  }

  /** Whether the alerts are connected to the feed: `off`, `connecting`, `live` or `retrying`. */
  get liveStatus() {
    return this.live.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('endpoint') || changed.has('getToken')) {
      this.active =
        this.client ??
        (this.getToken ? createBffClient({ endpoint: this.endpoint, getToken: this.getToken }) : undefined);
    }
  }

  protected override render() {
    const { msg } = this.i18n;
    // The live region is always in the page, so screen readers announce what is added to it.
    return html`<section
      class="region"
      part="region"
      aria-label=${msg.alertsLabel}
      data-live=${this.live.status}
    >
      <div class="stack" role="status" aria-live="polite" aria-relevant="additions">
        ${repeat(
          this.queue.items,
          (e) => e.id,
          (e) => this.renderToast(e),
        )}
      </div>
    </section>`;
  }

  private renderToast(e: OrderException) {
    const { msg } = this.i18n;
    const type = msg.exceptionType[e.type];
    return html`<div
      class="toast"
      part="toast"
      data-id=${e.id}
      data-severity=${e.severity}
      @mouseenter=${() => this.queue.pause(e.id)}
      @mouseleave=${() => !this.holdsFocus(e.id) && this.queue.resume(e.id)}
      @focusin=${(event: FocusEvent) => this.focusIn(event, e.id)}
      @focusout=${(event: FocusEvent) => this.focusOut(event, e.id)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.dismiss(e.id)}
    >
      <div class="toast-head">
        <span class="visually-hidden">${msg.newAlert(msg.severity[e.severity])}:</span>
        ${severityBadge(msg, e.severity)}
        <strong class="toast-type">${type}</strong>
        <button
          class="dismiss"
          part="button dismiss"
          aria-label=${msg.dismissNamed(`${type} · ${e.orderNumber}`)}
          @click=${() => this.dismiss(e.id)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <p class="summary">${e.summary}</p>
      <div class="toast-actions">
        <span class="toast-order">${e.orderNumber}</span>
        <button class="open" part="button open-order" @click=${() => this.openOrder(e)}>
          ${msg.openOrder}
        </button>
      </div>
    </div>`;
  }

  private openOrder(e: OrderException): void {
    this.dispatchEvent(
      orderlensEvent('orderlens-open-order', { orderNumber: e.orderNumber, exceptionId: e.id }),
    );
    this.queue.dismiss(e.id);
    this.returnFocusTo = null; // the host shows the order; it decides where focus goes
  }

  /** Removes an alert; if focus was in it, it moves to the next alert or back where it came from. */
  private dismiss(id: string): void {
    const had = this.holdsFocus(id);
    const index = this.queue.items.findIndex((t) => t.id === id);
    this.queue.dismiss(id);
    if (!had) return;
    const next = this.queue.items[Math.min(index, this.queue.items.length - 1)];
    void this.updateComplete.then(() => {
      const target = next
        ? this.renderRoot.querySelector<HTMLElement>(`.toast[data-id="${next.id}"] .open`)
        : this.returnFocusTo;
      target?.focus();
      if (!next) this.returnFocusTo = null;
    });
  }

  private holdsFocus(id: string): boolean {
    return !!this.shadowRoot?.activeElement?.closest(`.toast[data-id="${id}"]`);
  }

  private focusIn(event: FocusEvent, id: string): void {
    this.queue.pause(id);
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !this.renderRoot.contains(from) && from !== this) this.returnFocusTo = from;
  }

  private focusOut(event: FocusEvent, id: string): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as HTMLElement).contains(to)) this.queue.resume(id);
  }

  protected override updated(): void {
    // Nothing to show: let clicks reach the page below the empty corner.
    this.toggleAttribute('empty', this.queue.items.length === 0);
  }
}
