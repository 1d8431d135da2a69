import { html, nothing } from 'lit';
import type { Refund, Return } from '../../../client/order-types.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';
import { section } from './section.js';

const RETURN_TONE = { CREDITED: 'ok', REJECTED: 'danger', CANCELLED: 'neutral' } as const;
const REFUND_TONE = { COMPLETED: 'ok', FAILED: 'danger', PENDING: 'warn' } as const;

/** RMAs with their lines, reasons, dispositions and what the warehouse received. */
export function returnsSection(ctx: RenderContext, returns: readonly Return[] | null) {
  if (returns === null) return nothing;
  const { msg, fmt } = ctx;
  const body = returns.length
    ? expandableList(
        ctx,
        'returns',
        returns,
        3,
        (r) =>
          html`<li class="card" part="return">
            <div class="card-head">
              <span class="strong">${r.rmaNumber}</span>
              <span
                class="badge"
                part="badge"
                data-tone=${RETURN_TONE[r.status as keyof typeof RETURN_TONE] ?? 'info'}
                >${msg.returnStatus[r.status]}</span
              >
            </div>
            <div class="muted small">
              ${msg.requested}
              ${fmt.date(r.requestedAt)}${r.creditMemoNumber ? html` · ${msg.creditMemo} ${r.creditMemoNumber}` : nothing}
            </div>
            <ul class="sublist">
              ${r.lines.map(
                (l) =>
                  html`<li>
                    <span class="strong">${fmt.number(l.quantity)} × ${l.sku}</span>
                    <span class="muted"
                      >— ${readableCode(l.reason)} · ${msg.disposition[l.disposition]} ·
                      ${msg.received(l.receivedQuantity, l.quantity)}</span
                    >
                  </li>`,
              )}
            </ul>
          </li>`,
        'list cards',
      )
    : html`<p class="empty">${msg.noReturns}</p>`;
  return section('returns', msg.returns, returns.length, body);
}

/** Refunds and credit memos with amount, status and reason. */
export function refundsSection(ctx: RenderContext, refunds: readonly Refund[] | null) {
  if (refunds === null) return nothing;
  const { msg, fmt } = ctx;
  const body = refunds.length
    ? expandableList(
        ctx,
        'refunds',
        refunds,
        3,
        (r) =>
          html`<li class="row" part="refund">
            <div class="card-head">
              <span
                ><span class="strong">${fmt.money(r.amount)}</span>
                <span class="muted">${msg.refundKind[r.kind]} ${r.id}</span></span
              >
              <span class="badge" part="badge" data-tone=${REFUND_TONE[r.status]}
                >${msg.refundStatus[r.status]}</span
              >
            </div>
            <div class="muted small">
              ${fmt.date(r.createdAt)}${r.rmaNumber ? html` · ${r.rmaNumber}` : nothing}${r.reason ? html` · ${r.reason}` : nothing}
            </div>
          </li>`,
      )
    : html`<p class="empty">${msg.noRefunds}</p>`;
  return section('refunds', msg.refunds, refunds.length, body);
}

/** ERPs send reasons as codes (`WRONG_ITEM`) or as prose; codes read better as words. */
function readableCode(text: string): string {
  if (!/^[A-Z][A-Z0-9_]+$/.test(text)) return text;
  const words = text.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
