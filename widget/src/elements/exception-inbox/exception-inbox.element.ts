import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BffRequestError, createBffClient, type BffClient, type GetToken } from '../../client/bff-client.js';
import type { OrderException } from '../../client/exception-types.js';
import {
  ExceptionActionsController,
  type ActionFailure,
  type ExceptionAction,
} from '../../controllers/exception-actions-controller.js';
import { ExceptionInboxController } from '../../controllers/exception-inbox-controller.js';
import { RowFocusController } from '../../controllers/row-focus-controller.js';
import { TickController } from '../../controllers/tick-controller.js';
import { orderlensEvent } from '../../events.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { exceptionInboxStyles } from './exception-inbox.styles.js';
import { inboxFilters, NO_FILTER, toFilterInput, type InboxFilterState } from './parts/inbox-filters.js';
import { inboxRow } from './parts/inbox-row.js';
import { failureText } from './parts/failure-text.js';
import { inboxEmpty, inboxError, inboxSkeleton } from './parts/inbox-states.js';
import { snoozeUntil, type SnoozePreset } from './parts/snooze-presets.js';

const DEFAULT_ENDPOINT = `${new URL(import.meta.url).origin}/graphql`;

/**
 * The agent's exception inbox: what went wrong with orders, most severe first, then oldest first,
 * filtered by severity, type, status and "assigned to me". It follows the exception feed, so rows
 * appear, change and leave without a reload, in every tab that shows it. Each row offers
 * acknowledge, snooze (1 h, 4 h, tomorrow 8:00), resolve with a note and assign to me; the BFF
 * decides what the agent's role allows, and a refusal is said in words on the row.
 *
 * @attr locale - BCP 47 locale for words and times; defaults to the browser's.
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @attr endpoint - The BFF's GraphQL URL; defaults to `/graphql` on the script's origin.
 * @attr team - Only this team's exceptions.
 * @attr page-size - Rows per page (default 20, at most 100).
 * @prop getToken - `() => string | Promise<string>` returning a bearer token; kept in memory only.
 * @prop client - A ready BFF client; share one with the order panel and the alerts for one stream.
 *
 * @fires orderlens-open-order - `{ orderNumber, exceptionId }` when the agent opens a row's order.
 *
 * @csspart inbox - The root. @csspart filters - The filter bar. @csspart row - Each exception.
 * @csspart badge, severity, status - Badges. @csspart order-link - A row's order number.
 * @csspart button, action-acknowledge, action-snooze, action-resolve, action-assign - Buttons.
 * @csspart error - A row's failure message. @csspart state - Empty and error states.
 * @csspart live - The live indicator. @csspart skeleton - Loading shapes.
 * @cssprop --orderlens-* - The same design tokens as `<orderlens-order-panel>`.
 */
export class ExceptionInboxElement extends LitElement {
  static override styles = exceptionInboxStyles;
  static override properties = {
    locale: {},
    theme: { reflect: true },
    endpoint: {},
    team: {},
    pageSize: { attribute: 'page-size', type: Number },
    getToken: { attribute: false },
    client: { attribute: false },
    filters: { state: true },
    snoozeFor: { state: true },
    resolveFor: { state: true },
    announcement: { state: true },
  };

  declare locale: string;
  declare theme: 'light' | 'dark' | 'auto';
  declare endpoint: string;
  declare team: string;
  declare pageSize: number;
  declare getToken: GetToken | undefined;
  declare client: BffClient | undefined;
  declare private filters: InboxFilterState;
  declare private snoozeFor: string | null;
  declare private resolveFor: string | null;
  declare private announcement: string;

  private active: BffClient | undefined;
  private readonly failures = new Map<string, string>();
  private readonly rowFocus = new RowFocusController(this, {
    rows: 'li.row',
    inRow: 'h3',
    fallback: '#inbox-h',
  });
  private readonly i18n = new LocaleController(this, () => this.locale || navigator.language);
  private readonly inbox = new ExceptionInboxController(
    this,
    () => ({
      client: this.active,
      filter: toFilterInput(this.filters, this.team),
      pageSize: Math.min(100, Math.max(1, this.pageSize || 20)),
    }),
    (raised) => this.announce(this.i18n.msg.newArrived(raised.length)),
  );
  private readonly actions = new ExceptionActionsController(this, () => this.active, {
    done: (exception, action) => this.done(exception, action),
    failed: (id, action, failure, message) => this.failed(id, action, failure, message),
  });

  constructor() {
    super();
    this.locale = '';
    this.theme = 'light';
    this.endpoint = DEFAULT_ENDPOINT;
    this.team = '';
    this.pageSize = 20;
    this.filters = NO_FILTER;
    this.snoozeFor = null;
    this.resolveFor = null;
    this.announcement = '';
    new TickController(this, 30_000); // keeps "due in 3 min" true
  }

  /** Loads the first page again. */
  refresh(): void {
    this.inbox.reload(true);
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
    const { status, items } = this.inbox;
    // The feed starts once the first page is in: until then the inbox is on its way to live.
    const loading = status === 'idle' || status === 'loading';
    const live = this.inbox.live.status === 'off' && loading ? 'connecting' : this.inbox.live.status;
    return html`<section
      class="inbox"
      part="inbox"
      aria-labelledby="inbox-h"
      aria-busy=${status === 'loading' ? 'true' : 'false'}
    >
      <header class="head">
        <h2 id="inbox-h" tabindex="-1">
          ${msg.exceptions}
          ${status === 'ready' ? html`<span class="count">${items.length}${this.inbox.hasNextPage ? '+' : ''}</span>` : nothing}
        </h2>
        <span class="live" part="live" data-live=${live} title=${msg.liveHint}>
          <span class="live-dot" data-live=${live}></span>${msg.liveStatus[live]}
        </span>
      </header>
      ${inboxFilters(msg, this.filters, (next) => this.setFilters(next))} ${this.renderBody()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    const { msg, fmt } = this.i18n;
    const { status, items } = this.inbox;
    if (!this.i18n.ready || status === 'idle' || status === 'loading') return inboxSkeleton(msg);
    if (status === 'error') {
      const error = this.inbox.error;
      const unauthorized = error instanceof BffRequestError && (error.status === 401 || error.status === 403);
      return inboxError(msg, unauthorized, () => this.inbox.reload());
    }
    if (!items.length) return inboxEmpty(msg, this.filters !== NO_FILTER, () => this.setFilters(NO_FILTER));
    return html`<ul class="rows" aria-labelledby="inbox-h">
        ${repeat(
          items,
          (e) => e.id,
          (e) =>
            inboxRow(
              {
                msg,
                fmt,
                viewerId: this.inbox.viewerId,
                pending: this.actions.pending.get(e.id),
                failure: this.failures.get(e.id),
                fresh: this.inbox.fresh.has(e.id),
                snoozeOpen: this.snoozeFor === e.id,
                resolveOpen: this.resolveFor === e.id,
                openOrder: (x) => this.openOrder(x),
                act: (x, action, input) => this.act(x, action, input),
                toggleSnooze: (x) => this.toggle('snooze', x),
                snooze: (x, preset: SnoozePreset) => this.act(x, 'snooze', { until: snoozeUntil(preset) }),
                toggleResolve: (x) => this.toggle('resolve', x),
              },
              e,
            ),
        )}
      </ul>
      ${
        this.inbox.hasNextPage
          ? html`<button
              class="action more"
              part="button load-more"
              ?disabled=${this.inbox.loadingMore}
              @click=${() => this.inbox.loadMore()}
            >
              ${msg.loadMore}
            </button>`
          : nothing
      }`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
  }

  /** Escape closes an open snooze menu or resolve form and returns focus to its button. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (!this.snoozeFor && !this.resolveFor)) return;
    const [kind, id] = this.snoozeFor ? ['snooze', this.snoozeFor] : ['resolve', this.resolveFor!];
    this.snoozeFor = this.resolveFor = null;
    this.rowFocus.after(`li.row[data-id="${id}"] [part~="action-${kind}"]`);
    event.stopPropagation();
  };

  private setFilters(next: InboxFilterState): void {
    this.filters = next.severity.length || next.type || next.status || next.mine ? next : NO_FILTER;
    this.snoozeFor = this.resolveFor = null;
    this.failures.clear();
  }

  private toggle(kind: 'snooze' | 'resolve', e: OrderException): void {
    const opening = (kind === 'snooze' ? this.snoozeFor : this.resolveFor) !== e.id;
    this.snoozeFor = kind === 'snooze' && opening ? e.id : null;
    this.resolveFor = kind === 'resolve' && opening ? e.id : null;
    const inside = opening
      ? kind === 'snooze'
        ? '[part~="snooze-preset"]'
        : 'textarea'
      : `[part~="action-${kind}"]`;
    this.rowFocus.after(`li.row[data-id="${e.id}"] ${inside}`);
  }

  private act(e: OrderException, action: ExceptionAction, input?: { until?: string; note?: string }): void {
    this.failures.delete(e.id);
    void this.actions.run(e.id, action, input);
  }

  private done(exception: OrderException, action: ExceptionAction): void {
    const { msg } = this.i18n;
    if (this.snoozeFor === exception.id) this.snoozeFor = null;
    if (this.resolveFor === exception.id) this.resolveFor = null;
    this.inbox.apply(exception);
    this.announce(msg.done[action](`${msg.exceptionType[exception.type]} · ${exception.orderNumber}`));
  }

  private failed(id: string, action: ExceptionAction, failure: ActionFailure, message: string): void {
    this.failures.set(id, failureText(this.i18n.msg, action, failure, message));
    if (failure === 'CONFLICT' || failure === 'NOT_FOUND') this.inbox.reload(true);
    this.requestUpdate();
  }

  private openOrder(e: OrderException): void {
    this.dispatchEvent(
      orderlensEvent('orderlens-open-order', { orderNumber: e.orderNumber, exceptionId: e.id }),
    );
  }

  private announce(text: string): void {
    // The same words twice in a row would not be read again: clear first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }
}
