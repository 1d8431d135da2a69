import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { OrderLine } from '../../../client/order-types.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';
import { section } from './section.js';

type QtyKey = keyof OrderLine['quantities'];
const SHOWN: readonly QtyKey[] = [
  'ordered',
  'allocated',
  'picked',
  'shipped',
  'backordered',
  'returned',
  'refunded',
];
/** Quantities that mean trouble or money when not zero get a colour as well as their number. */
const NOTABLE: Partial<Record<QtyKey, string>> = { backordered: 'warn', returned: 'info', refunded: 'info' };

/** The fulfilment graph per line: how much was ordered, reserved, picked, shipped, came back. */
export function linesSection(ctx: RenderContext, lines: readonly OrderLine[]) {
  const { msg } = ctx;
  const body = lines.length
    ? expandableList(ctx, 'lines', lines, 5, (line) => lineItem(ctx, line))
    : html`<p class="empty">${msg.noLines}</p>`;
  return section('lines', msg.lines, lines.length, body);
}

function lineItem(ctx: RenderContext, line: OrderLine) {
  const { msg, fmt } = ctx;
  const q = line.quantities;
  const shippedShare = q.shipped === null || q.ordered === 0 ? null : Math.min(1, q.shipped / q.ordered);
  return html`<li class="line" part="line">
    <div class="line-head">
      <span class="sku">${line.sku}</span>
      <span class="amount">${fmt.money(line.total)}</span>
    </div>
    <div class="line-desc">${line.description}</div>
    ${
      shippedShare === null
        ? nothing
        : html`<div
            class="meter"
            role="img"
            aria-label=${msg.shippedOf(fmt.number(q.shipped ?? 0), fmt.number(q.ordered))}
          >
            <span style=${styleMap({ width: `${Math.round(shippedShare * 100)}%` })}></span>
          </div>`
    }
    <dl class="qty">
      ${SHOWN.map((key) => {
        const value = q[key];
        const tone = value ? NOTABLE[key] : undefined;
        return html`<div data-tone=${tone ?? nothing} data-zero=${value === 0 ? 'true' : nothing}>
          <dt>${msg.qty[key]}</dt>
          <dd>
            ${value === null ? html`<span title=${msg.notKnown} aria-label=${msg.notKnown}>–</span>` : fmt.number(value)}
          </dd>
        </div>`;
      })}
      ${
        q.cancelled
          ? html`<div data-tone="neutral">
              <dt>${msg.qty.cancelled}</dt>
              <dd>${fmt.number(q.cancelled)}</dd>
            </div>`
          : nothing
      }
    </dl>
  </li>`;
}
