import { html, nothing } from 'lit';
import type { ExceptionAction } from '../../../controllers/exception-actions-controller.js';
import type { OrderException } from '../../../client/exception-types.js';
import type { Formatters } from '../../../i18n/formatters.js';
import type { Messages } from '../../../i18n/messages.en.js';
import { exceptionWhen, severityBadge } from '../../shared/exception-parts.js';
import { resolveForm, snoozeMenu } from './row-forms.js';
import type { SnoozePreset } from './snooze-presets.js';

/** What a row needs besides its exception: words, its UI state, and what its buttons do. */
export interface RowContext {
  msg: Messages;
  fmt: Formatters;
  viewerId: string | null;
  pending: ExceptionAction | undefined;
  /** A message saying why the last action failed. */
  failure: string | undefined;
  fresh: boolean;
  snoozeOpen: boolean;
  resolveOpen: boolean;
  openOrder(e: OrderException): void;
  act(e: OrderException, action: ExceptionAction, input?: { until?: string; note?: string }): void;
  toggleSnooze(e: OrderException): void;
  snooze(e: OrderException, preset: SnoozePreset): void;
  toggleResolve(e: OrderException): void;
}

const ACKNOWLEDGEABLE = new Set(['OPEN', 'SNOOZED']);

/** One exception: what, how bad, which order, when due; then what the agent can do about it. */
export function inboxRow(ctx: RowContext, e: OrderException) {
  const { msg, fmt } = ctx;
  const type = msg.exceptionType[e.type];
  const busy = ctx.pending !== undefined;
  const open = e.status !== 'RESOLVED';
  const mine = e.assignee !== null && e.assignee === ctx.viewerId;
  const snoozeId = `snooze-${e.id}`;
  const resolveId = `resolve-${e.id}`;
  return html`<li
    class="row"
    part="row"
    data-id=${e.id}
    data-severity=${e.severity}
    data-status=${e.status}
    data-new=${ctx.fresh ? 'true' : nothing}
    aria-labelledby="t-${e.id}"
    aria-busy=${busy ? 'true' : 'false'}
  >
    <div class="row-head">
      ${severityBadge(msg, e.severity)}
      <h3 class="type" id="t-${e.id}" tabindex="-1">${type}</h3>
      ${e.status === 'OPEN' ? nothing : html`<span class="status" part="status">${msg.exceptionStatus[e.status]}</span>`}
      ${exceptionWhen(msg, fmt, e)}
    </div>
    <p class="summary">${e.summary}</p>
    <div class="row-foot">
      <span class="meta">
        <button
          class="order-link"
          part="order-link"
          aria-label=${msg.orderLink(e.orderNumber)}
          @click=${() => ctx.openOrder(e)}
        >
          ${e.orderNumber}
        </button>
        ${e.assignee ? html`<span class="muted">· ${mine ? msg.assignedToYou : msg.assignedTo(e.assignee)}</span>` : nothing}
      </span>
      ${
        open
          ? html`<span class="actions" role="group" aria-label=${msg.actions(type, e.orderNumber)}>
              ${
                ACKNOWLEDGEABLE.has(e.status)
                  ? html`<button
                      class="action primary-action"
                      part="button action-acknowledge"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => ctx.act(e, 'acknowledge')}
                    >
                      ${msg.acknowledge}
                    </button>`
                  : nothing
              }
              <button
                class="action"
                part="button action-snooze"
                aria-expanded=${ctx.snoozeOpen ? 'true' : 'false'}
                aria-controls=${snoozeId}
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => ctx.toggleSnooze(e)}
              >
                ${msg.snooze} <span aria-hidden="true">▾</span>
              </button>
              <button
                class="action"
                part="button action-resolve"
                aria-expanded=${ctx.resolveOpen ? 'true' : 'false'}
                aria-controls=${resolveId}
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => ctx.toggleResolve(e)}
              >
                ${msg.resolve}
              </button>
              ${
                mine || ctx.viewerId === null
                  ? nothing
                  : html`<button
                      class="action"
                      part="button action-assign"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => ctx.act(e, 'assign')}
                    >
                      ${msg.assignToMe}
                    </button>`
              }
            </span>`
          : nothing
      }
    </div>
    ${ctx.snoozeOpen ? snoozeMenu(ctx, e, snoozeId, busy) : nothing}
    ${ctx.resolveOpen ? resolveForm(ctx, e, resolveId, busy) : nothing}
    ${ctx.failure ? html`<p class="row-error" part="error" role="alert">${ctx.failure}</p>` : nothing}
  </li>`;
}
