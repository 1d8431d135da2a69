import { html, nothing } from 'lit';
import type { Order } from '../../../client/order-types.js';
import type { RenderContext } from './render-context.js';
import { ORDER_TONE } from './tones.js';

/** Order number, lifecycle status, customer and money: what an agent reads first. */
export function orderHeader(ctx: RenderContext, order: Order, actions: unknown) {
  const { msg, fmt } = ctx;
  const refs = order.references;
  const otherRefs = [refs.wmsReference, refs.channelReference, refs.customerPo].filter(
    (r): r is string => !!r,
  );
  return html`
    <header class="header" part="header">
      <div class="title-row">
        <h2 class="order-id">${order.id}</h2>
        ${actions}
      </div>
      <div class="status-row">
        <span class="badge" part="badge" data-tone=${ORDER_TONE[order.status]}
          >${msg.orderStatus[order.status]}</span
        >
        <span class="muted">${msg.placed} ${fmt.date(order.placedAt)}</span>
      </div>
      ${
        order.customer
          ? html`<p class="customer">
              <span class="customer-name">${order.customer.name}</span>
              <span class="muted">· ${msg.tier[order.customer.tier]}</span>
              ${order.customer.creditHold ? html`<span class="badge" data-tone="danger">${msg.creditHold}</span>` : nothing}
            </p>`
          : nothing
      }
      <dl class="facts">
        <div>
          <dt>${msg.total}</dt>
          <dd>${fmt.money(order.totals.total)}</dd>
        </div>
        ${
          order.totals.refunded && Number(order.totals.refunded.amount) > 0
            ? html`<div>
                <dt>${msg.refundedTotal}</dt>
                <dd>${fmt.money(order.totals.refunded)}</dd>
              </div>`
            : nothing
        }
        ${
          order.promisedDate
            ? html`<div>
                <dt>${msg.promised}</dt>
                <dd>${fmt.date(order.promisedDate)}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        otherRefs.length
          ? html`<p class="refs" aria-label=${msg.references}>
              ${otherRefs.map((r) => html`<span class="ref">${r}</span>`)}
            </p>`
          : nothing
      }
    </header>
  `;
}
