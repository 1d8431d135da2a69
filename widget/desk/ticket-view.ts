import { html } from 'lit';
import type { DeskTicket } from './desk-types.js';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The open ticket: what the customer wrote and the ticket's fields, as a desk shows them. */
export function ticketView(t: DeskTicket) {
  return html`<h1>${t.subject}</h1>
    <dl class="fields">
      <div>
        <dt>Ticket</dt>
        <dd>#${t.id}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd><span class="status" data-status=${t.status}>${t.status}</span></dd>
      </div>
      <div>
        <dt>Priority</dt>
        <dd>${t.priority ?? '—'}</dd>
      </div>
      <div>
        <dt>Channel</dt>
        <dd>${t.channel}</dd>
      </div>
      <div>
        <dt>Requester</dt>
        <dd>${t.requester.name} &lt;${t.requester.email}&gt;</dd>
      </div>
      <div>
        <dt>Order number</dt>
        <dd>${t.orderField ?? html`<span class="muted">(empty)</span>`}</dd>
      </div>
    </dl>
    <article class="message">
      <header>
        <strong>${t.requester.name}</strong>
        <span class="muted">· ${when.format(new Date(t.createdAt))}</span>
      </header>
      <p>${t.description}</p>
    </article>
    <p class="tags">${t.tags.map((tag) => html`<span class="tag">${tag}</span>`)}</p>`;
}
