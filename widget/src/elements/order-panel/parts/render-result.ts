import { html, nothing } from 'lit';
import type { PanelResult } from '../../../controllers/panel-result.js';
import { casesSection } from './cases-section.js';
import { exceptionsSection } from './exceptions-section.js';
import { linesSection } from './lines-section.js';
import { orderHeader } from './order-header.js';
import { recentOrders } from './recent-orders.js';
import type { RenderContext } from './render-context.js';
import { refundsSection, returnsSection } from './returns-section.js';
import { searchForm } from './search-form.js';
import { shipmentsSection } from './shipments-section.js';
import { systemBanners } from './system-banners.js';
import { systemChips } from './system-chips.js';
import { timelineSection } from './timeline-section.js';

export interface ResultActions {
  refresh(): void;
  busy: boolean;
  back: (() => void) | undefined;
  search(term: string): void;
}

/** The panel's body for each outcome of the read. */
export function renderResult(ctx: RenderContext, result: PanelResult, actions: ResultActions) {
  const { msg } = ctx;
  const back = actions.back
    ? html`<button class="back" part="button" @click=${actions.back}>← ${msg.back}</button>`
    : nothing;
  switch (result.view) {
    case 'search':
      return searchForm(ctx, actions.search);
    case 'not-found':
      return html`${back}${systemBanners(ctx, result.problems)}
        <div class="state" part="state">
          <p>${msg.notFound(result.ref)}</p>
          <p class="muted">${msg.notFoundHint}</p>
        </div>
        ${searchForm(ctx, actions.search)}`;
    case 'unavailable':
      return html`${back}${systemBanners(ctx, result.problems)}
        <div class="state" part="state">
          <p>${msg.unavailable}</p>
          <p class="muted">${msg.unavailableHint}</p>
          <button class="more" part="button" @click=${actions.refresh}>${msg.retry}</button>
        </div>`;
    case 'orders':
      return html`${back}${systemBanners(ctx, result.problems)}
      ${recentOrders(ctx, result.email, result.orders, result.hasMore, result.unmatchedRef)}
      ${result.orders.length ? nothing : searchForm(ctx, actions.search)}`;
    case 'order': {
      const { order, problems, stale } = result;
      const refresh = html`<button
        class="icon-button"
        part="button"
        aria-label=${actions.busy ? msg.refreshing : msg.refresh}
        title=${msg.refresh}
        aria-busy=${actions.busy ? 'true' : 'false'}
        @click=${actions.refresh}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M13.5 8A5.5 5.5 0 1 1 11.9 4.1M13.5 2v3h-3"
            fill="none"
            stroke="currentColor"
            stroke-width="1.5"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
      </button>`;
      return html`${back}${orderHeader(ctx, order, refresh)}
      ${systemChips(ctx, order.systemStatuses, problems, stale)} ${systemBanners(ctx, problems, stale)}
      ${exceptionsSection(ctx, order.exceptions)} ${linesSection(ctx, order.lines)}
      ${shipmentsSection(ctx, order.shipments)} ${returnsSection(ctx, order.returns)}
      ${refundsSection(ctx, order.refunds)} ${casesSection(ctx, order.cases)}
      ${timelineSection(ctx, order.timeline)}`;
    }
  }
}
