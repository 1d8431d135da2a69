import { html, nothing, render } from 'lit';
import {
  applyContext,
  createBffClient,
  loadExceptionInbox,
  loadExceptionToasts,
  mountOrderPanel,
  type OpenOrderEvent,
} from '../src/orderlens.js';
import { exceptionsView } from './exceptions-view.js';
import type { DeskAgent, DeskTicket } from './desk-types.js';
import { ticketView } from './ticket-view.js';
import { ticketList } from './ticket-list.js';

/**
 * The demo service desk: a ticket list, the open ticket, and the Orderlens panel in the sidebar, over
 * the real BFF; an exception inbox view; and alerts for new high-severity exceptions in the corner.
 * The panel, the inbox and the alerts share one BFF client, so one stream per tab carries all their
 * live updates. The agent, language and theme live in the URL query; the open view in the hash.
 */
const params = new URLSearchParams(location.search);
const state = {
  agents: [] as DeskAgent[],
  agentId: params.get('agent') ?? 'agent-anna',
  // Empty: the panel follows the browser's language.
  locale: params.get('lang') ?? '',
  theme: (params.get('theme') === 'dark' ? 'dark' : 'light') as 'light' | 'dark',
  tickets: [] as DeskTicket[],
  loading: true,
};

const root = document.getElementById('desk')!;
const sidebar = document.createElement('div');
sidebar.className = 'sidebar-body';
const panel = mountOrderPanel(sidebar, {
  getToken: tokenFor(state.agentId),
  locale: state.locale,
  theme: state.theme,
});
const [{ ExceptionInboxElement }, { ExceptionToastsElement }] = await Promise.all([
  loadExceptionInbox(),
  loadExceptionToasts(),
]);
const inbox = new ExceptionInboxElement();
const toasts = new ExceptionToastsElement();
document.body.append(toasts);
const widgets = [panel, inbox, toasts];
for (const w of [inbox, toasts]) {
  w.locale = state.locale;
  w.theme = state.theme;
}
useClient(state.agentId);

/** One client per agent for all three elements: one token, one stream. */
function useClient(agentId: string): void {
  const client = createBffClient({
    endpoint: new URL('/graphql', location.href).href,
    getToken: tokenFor(agentId),
  });
  for (const w of widgets) w.client = client;
}

// An alert's "Open order" or an inbox row's order number: the inbox view with that order beside it.
document.addEventListener('orderlens-open-order', (event) => {
  location.hash = `#/exceptions/${encodeURIComponent((event as OpenOrderEvent).detail.orderNumber)}`;
});

function tokenFor(agentId: string) {
  // The token lives in the widget's memory only; the desk fetches a fresh one per agent switch.
  return async () => {
    const res = await fetch(`/demo/token?agent=${encodeURIComponent(agentId)}`);
    if (!res.ok) throw new Error(`token: HTTP ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  };
}

function setQuery(key: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}

async function loadTickets(): Promise<void> {
  const agent = state.agents.find((a) => a.id === state.agentId);
  state.loading = true;
  draw();
  const res = await fetch(`/demo/tickets?tenant=${encodeURIComponent(agent?.tenant ?? 'acme')}&count=14`);
  state.tickets = res.ok ? ((await res.json()) as { tickets: DeskTicket[] }).tickets : [];
  state.loading = false;
  draw();
}

type Route =
  | { kind: 'ticket'; id: string }
  | { kind: 'call' }
  | { kind: 'exceptions'; order: string | null }
  | { kind: 'none' };

function route(): Route {
  const m = /^#\/ticket\/(\w+)$/.exec(location.hash);
  if (m) return { kind: 'ticket', id: m[1]! };
  const x = /^#\/exceptions(?:\/([^/]+))?$/.exec(location.hash);
  if (x) return { kind: 'exceptions', order: x[1] ? decodeURIComponent(x[1]) : null };
  return location.hash === '#/call' ? { kind: 'call' } : { kind: 'none' };
}

function sidebarShown(current: Route, ticket: DeskTicket | undefined): boolean {
  if (current.kind === 'exceptions') return current.order !== null;
  return current.kind === 'call' || !!ticket;
}

function draw(): void {
  const current = route();
  const ticket = current.kind === 'ticket' ? state.tickets.find((t) => t.id === current.id) : undefined;
  if (current.kind === 'call') applyContext(panel, {});
  else if (current.kind === 'exceptions' && current.order) applyContext(panel, { orderRef: current.order });
  else if (ticket)
    applyContext(panel, {
      orderRef: ticket.orderField,
      ticketId: ticket.id,
      customerEmail: ticket.requester.email,
    });
  const agent = state.agents.find((a) => a.id === state.agentId);
  render(
    html`<header class="topbar">
        <span class="brand"
          ><span class="logo" aria-hidden="true">◎</span> Acme Desk <span class="muted">· demo</span></span
        >
        <label
          >Agent
          <select @change=${(e: Event) => switchAgent((e.target as HTMLSelectElement).value)}>
            ${state.agents.map((a) => html`<option value=${a.id} ?selected=${a.id === state.agentId}>${a.name} (${a.tenant}, ${a.roles.join('/')})</option>`)}
          </select>
        </label>
        <label
          >Language
          <select @change=${(e: Event) => switchLocale((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${state.locale === ''}>Browser</option>
            <option value="en" ?selected=${state.locale === 'en'}>English</option>
            <option value="de" ?selected=${state.locale === 'de'}>Deutsch</option>
          </select>
        </label>
        <button class="theme" aria-pressed=${state.theme === 'dark' ? 'true' : 'false'} @click=${toggleTheme}>
          Dark mode
        </button>
      </header>
      <div class="layout">
        ${ticketList(state.tickets, state.loading, current.kind === 'ticket' ? current.id : current.kind, agent?.tenant ?? '')}
        <main class=${current.kind === 'exceptions' ? 'ticket inbox-view' : 'ticket'} id="main">
          ${
            current.kind === 'call'
              ? callView()
              : current.kind === 'exceptions'
                ? exceptionsView(inbox)
                : ticket
                  ? ticketView(ticket)
                  : emptyView(state.loading)
          }
        </main>
        <aside class="sidebar" aria-label="Orderlens">
          ${
            sidebarShown(current, ticket)
              ? sidebar
              : current.kind === 'exceptions'
                ? html`<p class="muted empty pad">Open an exception’s order to see it here.</p>`
                : nothing
          }
        </aside>
      </div>`,
    root,
  );
  document.documentElement.dataset.theme = state.theme;
}

const callView = () =>
  html`<h1>Incoming call</h1>
    <p class="muted">No ticket yet: find the order by any reference the caller quotes, or their email.</p>`;
const emptyView = (loading: boolean) =>
  html`<p class="muted empty">${loading ? 'Loading tickets…' : 'Pick a ticket from the list.'}</p>`;

function switchAgent(id: string): void {
  state.agentId = id;
  setQuery('agent', id);
  useClient(id);
  location.hash = '';
  void loadTickets();
}

function switchLocale(locale: string): void {
  state.locale = locale;
  for (const w of widgets) w.locale = locale;
  setQuery('lang', locale);
  draw();
}

function toggleTheme(): void {
  state.theme = state.theme === 'dark' ? 'light' : 'dark';
  for (const w of widgets) w.theme = state.theme;
  setQuery('theme', state.theme);
  draw();
}

window.addEventListener('hashchange', draw);
const agents = await fetch('/demo/agents').then((r) => r.json() as Promise<{ agents: DeskAgent[] }>);
state.agents = agents.agents;
await loadTickets();
