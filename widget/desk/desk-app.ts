import { html, nothing, render } from 'lit';
import { applyContext, mountOrderPanel } from '../src/orderlens.js';
import type { DeskAgent, DeskTicket } from './desk-types.js';
import { ticketView } from './ticket-view.js';
import { ticketList } from './ticket-list.js';

/**
 * The demo service desk: a ticket list, the open ticket, and the Orderlens panel in the sidebar, over
 * the real BFF. The agent, language and theme live in the URL query; the open ticket in the hash.
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

function route(): { kind: 'ticket'; id: string } | { kind: 'call' } | { kind: 'none' } {
  const m = /^#\/ticket\/(\w+)$/.exec(location.hash);
  if (m) return { kind: 'ticket', id: m[1]! };
  return location.hash === '#/call' ? { kind: 'call' } : { kind: 'none' };
}

function draw(): void {
  const current = route();
  const ticket = current.kind === 'ticket' ? state.tickets.find((t) => t.id === current.id) : undefined;
  if (current.kind === 'call') applyContext(panel, {});
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
        <main class="ticket" id="main">
          ${current.kind === 'call' ? callView() : ticket ? ticketView(ticket) : emptyView(state.loading)}
        </main>
        <aside class="sidebar" aria-label="Orderlens">
          ${current.kind === 'none' || (!ticket && current.kind === 'ticket') ? nothing : sidebar}
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
  panel.getToken = tokenFor(id);
  location.hash = '';
  void loadTickets();
}

function switchLocale(locale: string): void {
  state.locale = locale;
  panel.locale = locale;
  setQuery('lang', locale);
  draw();
}

function toggleTheme(): void {
  state.theme = state.theme === 'dark' ? 'light' : 'dark';
  panel.theme = state.theme;
  setQuery('theme', state.theme);
  draw();
}

window.addEventListener('hashchange', draw);
const agents = await fetch('/demo/agents').then((r) => r.json() as Promise<{ agents: DeskAgent[] }>);
state.agents = agents.agents;
await loadTickets();
