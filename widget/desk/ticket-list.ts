import { html } from 'lit';
import type { DeskTicket } from './desk-types.js';

const when = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });

/** The desk's queue: each ticket a link, so the keyboard and the back button work as usual. */
export function ticketList(
  tickets: readonly DeskTicket[],
  loading: boolean,
  currentId: string,
  tenant: string,
) {
  return html`<nav class="queue" aria-labelledby="queue-h">
    <h2 id="queue-h">Open tickets <span class="muted">· ${tenant}</span></h2>
    <ul>
      <li>
        <a
          href="#/exceptions"
          class="queue-item call"
          data-view="exceptions"
          aria-current=${currentId === 'exceptions' ? 'page' : 'false'}
        >
          <span class="subject">⚑ Exceptions</span>
          <span class="meta">Problems with orders, live — before the customer calls</span>
        </a>
      </li>
      <li>
        <a href="#/call" class="queue-item call" aria-current=${currentId === 'call' ? 'page' : 'false'}>
          <span class="subject">☎ Incoming call</span>
          <span class="meta">No ticket — search by reference</span>
        </a>
      </li>
      ${
        loading
          ? html`<li class="muted pad">Loading…</li>`
          : tickets.map(
              (t) =>
                html`<li>
                  <a
                    href="#/ticket/${t.id}"
                    class="queue-item"
                    data-ticket=${t.id}
                    aria-current=${t.id === currentId ? 'page' : 'false'}
                  >
                    <span class="subject">${t.subject}</span>
                    <span class="meta">
                      <span class="status" data-status=${t.status}>${t.status}</span>
                      #${t.id} · ${t.requester.name} · ${when.format(new Date(t.createdAt))}
                    </span>
                  </a>
                </li>`,
            )
      }
    </ul>
  </nav>`;
}
