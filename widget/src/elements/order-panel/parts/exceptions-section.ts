import { html, nothing } from 'lit';
import type { OrderException } from '../../../client/exception-types.js';
import { exceptionWhen, severityBadge } from '../../shared/exception-parts.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';

/**
 * What is known to be wrong with the order, unresolved first; it follows the exception feed, so a
 * new one appears and a resolved one moves down while the agent looks at the order.
 */
export function exceptionsSection(ctx: RenderContext, exceptions: readonly OrderException[]) {
  const { msg, fmt } = ctx;
  const unresolved = exceptions.filter((e) => e.status !== 'RESOLVED').length;
  const body = exceptions.length
    ? expandableList(ctx, 'exceptions', exceptions, 3, (e) => {
        const agent = e.assignee
          ? e.assignee === ctx.viewerId
            ? msg.assignedToYou
            : msg.assignedTo(e.assignee)
          : '';
        return html`<li
          class="row exception"
          part="exception"
          data-id=${e.id}
          data-severity=${e.severity}
          data-status=${e.status}
        >
          <div class="card-head">
            <span class="strong">${msg.exceptionType[e.type]}</span>
            ${severityBadge(msg, e.severity)}
          </div>
          <div class="exception-summary">${e.summary}</div>
          <div class="muted small">
            ${e.status === 'OPEN' ? nothing : html`${msg.exceptionStatus[e.status]} · `}${exceptionWhen(msg, fmt, e)}${
              agent ? ` · ${agent}` : nothing
            }
          </div>
        </li>`;
      })
    : html`<p class="empty">${msg.noExceptions}</p>`;
  return html`<section
    class="section"
    part="section section-exceptions"
    aria-labelledby="h-exceptions"
    data-live=${ctx.live}
  >
    <h3 id="h-exceptions">
      ${msg.exceptions} <span class="count">${unresolved}</span>
      <span class="live-dot" data-live=${ctx.live} title=${msg.liveStatus[ctx.live]}></span
      ><span class="visually-hidden">${msg.liveStatus[ctx.live]}</span>
    </h3>
    ${body}
  </section>`;
}
