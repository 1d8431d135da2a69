import type { HttpHandler } from 'msw';
import { http } from 'msw';
import { BadRequest, createRouteFactory } from '../shared/business-route.js';
import { createControlHandlers } from '../shared/control-handlers.js';
import { intParam, listParam } from '../shared/params.js';
import { createSimState, type SimState } from '../shared/sim-state.js';
import { json } from '../shared/system-errors.js';
import type { TenantId } from '../world/tenants.js';
import { createCrmData, type CrmData } from './data.js';
import { zendeskError } from './errors.js';
import { parseTicketSearch } from './search-query.js';
import type { ZendeskTicket } from './wire.js';

export const CRM_MAX_BATCH = 100;

function idsParam(url: URL): number[] {
  const ids = listParam(url, 'ids', CRM_MAX_BATCH);
  if (!ids.every((id) => /^\d{1,15}$/.test(id))) throw new BadRequest('ids must be numeric');
  return ids.map(Number);
}

function ticketId(params: Record<string, unknown>): number | null {
  const id = String(params['id'] ?? '');
  return /^\d{1,15}$/.test(id) ? Number(id) : null;
}

function search(data: CrmData, tenant: TenantId, query: string): ZendeskTicket[] {
  const q = parseTicketSearch(query);
  let candidates: ZendeskTicket[];
  if (q.orderValues.length > 0) {
    const union = new Set(q.orderValues.flatMap((v) => data.ticketsByOrderValue(tenant, v)));
    candidates = [...union].sort((a, b) =>
      a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id,
    );
  } else if (q.requester !== null) {
    candidates = data.ticketsByRequester(tenant, q.requester);
  } else {
    candidates = data.allTickets(tenant);
  }
  if (q.requester !== null && q.orderValues.length > 0) {
    const ids = new Set(data.ticketsByRequester(tenant, q.requester).map((t) => t.id));
    candidates = candidates.filter((t) => ids.has(t.id));
  }
  if (q.statuses.length > 0) candidates = candidates.filter((t) => q.statuses.includes(t.status));
  return candidates;
}

/** Zendesk sideloading: `include=users` (or `tickets(users)` on search) adds the tickets' people. */
function sideloadUsers(url: URL, data: CrmData, tenant: TenantId, tickets: readonly ZendeskTicket[]) {
  const include = url.searchParams.get('include') ?? '';
  if (!/(^|[,(])users([,)]|$)/.test(include)) return {};
  const ids = new Set(
    tickets.flatMap((t) => (t.assignee_id === null ? [t.requester_id] : [t.requester_id, t.assignee_id])),
  );
  return { users: [...ids].flatMap((id) => data.user(tenant, id) ?? []) };
}

/**
 * The simulated Zendesk's MSW handlers (business API, `/_sim` control routes, 404 fallback).
 *
 * Without `origin` they answer on any host and end in a catch-all 404, so give each system its
 * own origin when several share one MSW setup.
 *
 * @example
 * const response = await getResponse(createCrmHandlers(), request);
 */
export function createCrmHandlers(
  options: { sim?: SimState; data?: CrmData; origin?: string } = {},
): HttpHandler[] {
  const sim = options.sim ?? createSimState();
  const origin = options.origin ?? '*';
  const data = options.data ?? createCrmData();
  const route = createRouteFactory<TenantId>({
    sim,
    origin,
    error: zendeskError,
    tenantHeader: 'X-Zendesk-Subdomain',
    tenantOf: (subdomain) => data.tenantBySubdomain(subdomain)?.id,
  });
  return [
    ...createControlHandlers(sim, origin),
    route('get', '/api/v2/tickets/show_many.json', ({ url, tenant }) => {
      const tickets = idsParam(url).flatMap((id) => data.ticket(tenant, id) ?? []);
      return json({ tickets, ...sideloadUsers(url, data, tenant, tickets) });
    }),
    route('get', '/api/v2/users/show_many.json', ({ url, tenant }) =>
      json({ users: idsParam(url).flatMap((id) => data.user(tenant, id) ?? []) }),
    ),
    route('get', '/api/v2/search.json', ({ url, tenant }) => {
      const query = url.searchParams.get('query') ?? '';
      const perPage = intParam(url, 'per_page', { min: 1, max: 100, fallback: 100 });
      const page = intParam(url, 'page', { min: 1, max: 10_000, fallback: 1 });
      const all = search(data, tenant, query);
      const start = (page - 1) * perPage;
      const next = start + perPage < all.length;
      const pageItems = all.slice(start, start + perPage);
      return json({
        results: pageItems.map((t) => ({ ...t, result_type: 'ticket' })),
        ...sideloadUsers(url, data, tenant, pageItems),
        count: all.length,
        next_page: next
          ? `${url.origin}/api/v2/search.json?query=${encodeURIComponent(query)}&per_page=${perPage}&page=${page + 1}`
          : null,
        previous_page: null,
      });
    }),
    route('get', '/api/v2/tickets/{id}/comments.json', ({ params, tenant }) => {
      const id = ticketId(params);
      const comments = id === null ? undefined : data.comments(tenant, id);
      return comments ? json({ comments }) : zendeskError(404, 'Not found');
    }),
    route('get', '/api/v2/tickets/{id}.json', ({ params, tenant }) => {
      const id = ticketId(params);
      const ticket = id === null ? undefined : data.ticket(tenant, id);
      return ticket ? json({ ticket }) : zendeskError(404, 'Not found');
    }),
    http.all(origin === '*' ? '*' : `${origin}/*`, () => zendeskError(404, 'no such endpoint')),
  ];
}
