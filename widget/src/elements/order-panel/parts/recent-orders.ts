import { html, nothing } from 'lit';
import type { OrderSummary } from '../../../client/order-types.js';
import type { RenderContext } from './render-context.js';
import { ORDER_TONE } from './tones.js';

/** The requester's latest orders as buttons, for a ticket that names no order. */
export function recentOrders(
  ctx: RenderContext,
  email: string,
  orders: readonly OrderSummary[],
  hasMore: boolean,
  unmatchedRef?: string,
) {
  const { msg, fmt } = ctx;
  return html`<section class="section" part="section section-orders" aria-labelledby="h-orders">
    ${unmatchedRef ? html`<p class="notice">${msg.unmatched(unmatchedRef)}</p>` : nothing}
    <h2 id="h-orders" class="h2-small">${msg.recentOrders(email)}</h2>
    ${
      orders.length
        ? html`<ul class="picks" part="order-list">
              ${orders.map((o) => {
                const ref = o.references.customerPo ?? o.references.channelReference;
                return html`<li>
                  <button
                    class="pick"
                    part="order-option"
                    data-order=${o.id}
                    @click=${() => ctx.selectOrder(o.id)}
                  >
                    <span class="card-head">
                      <span class="strong">${o.id}</span>
                      <span class="badge" data-tone=${ORDER_TONE[o.status]}
                        >${msg.orderStatus[o.status]}</span
                      >
                    </span>
                    <span class="card-head muted small">
                      <span>${fmt.date(o.placedAt)}${ref ? html` · ${ref}` : nothing}</span>
                      <span>${fmt.money(o.totals.total)}</span>
                    </span>
                  </button>
                </li>`;
              })}
            </ul>
            ${hasMore ? html`<p class="muted small">${msg.moreOrders}</p>` : nothing}`
        : html`<p class="empty">${msg.noOrders(email)}</p>`
    }
  </section>`;
}
