import { html, nothing } from 'lit';
import type { Case } from '../../../client/order-types.js';
import { safeHref } from '../../../model/safe-url.js';
import { expandableList } from './expandable-list.js';
import type { RenderContext } from './render-context.js';
import { section } from './section.js';

const PRIORITY_TONE = { URGENT: 'danger', HIGH: 'warn', NORMAL: 'neutral', LOW: 'neutral' } as const;

/** The helpdesk cases about this order, each linking to the case in the helpdesk. */
export function casesSection(ctx: RenderContext, cases: readonly Case[] | null) {
  if (cases === null) return nothing;
  const { msg, fmt } = ctx;
  const body = cases.length
    ? expandableList(ctx, 'cases', cases, 4, (c) => {
        const href = safeHref(c.url);
        const current = c.id === ctx.ticketId;
        return html`<li class="row" part="case" data-current=${current ? 'true' : nothing}>
          <div>
            ${
              href
                ? html`<a
                    part="link case-link"
                    href=${href}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label=${msg.openCase(c.subject)}
                    @click=${(e: Event) => ctx.openCase(e, c.id, href)}
                    >${c.subject}</a
                  >`
                : html`<span class="strong">${c.subject}</span>`
            }
            ${current ? html`<span class="tag">${msg.thisTicket}</span>` : nothing}
          </div>
          <div class="muted small">
            #${c.id} ·
            ${msg.caseStatus[c.status]}${
              c.priority
                ? html` ·
                    <span data-tone=${PRIORITY_TONE[c.priority]} class="tone-text"
                      >${msg.casePriority[c.priority]}</span
                    >`
                : nothing
            }
            · ${msg.updated} ${fmt.ago(c.updatedAt)}
          </div>
        </li>`;
      })
    : html`<p class="empty">${msg.noCases}</p>`;
  return section('cases', msg.cases, cases.length, body);
}
