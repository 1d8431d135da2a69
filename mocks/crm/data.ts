import type { Tenant, TenantId } from '../world/tenants.js';
import type { Ticket } from '../world/types.js';
import { getWorld, type World } from '../world/world.js';
import { normaliseOrderValue, toZendeskComments, toZendeskTicket } from './project.js';
import type { ZendeskComment, ZendeskTicket, ZendeskUser } from './wire.js';

export interface CrmData {
  tenantBySubdomain(subdomain: string): Tenant | undefined;
  ticket(tenant: TenantId, id: number): ZendeskTicket | undefined;
  comments(tenant: TenantId, id: number): ZendeskComment[] | undefined;
  user(tenant: TenantId, id: number): ZendeskUser | undefined;
  /** Candidate tickets for search terms, newest first; the handler filters further. */
  ticketsByOrderValue(tenant: TenantId, value: string): ZendeskTicket[];
  ticketsByRequester(tenant: TenantId, emailOrId: string): ZendeskTicket[];
  allTickets(tenant: TenantId): ZendeskTicket[];
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The helpdesk's tables: tickets, users and comments of both accounts, indexed for search.
 * Tickets are projected up front (a few thousand), so search results share objects.
 *
 * @example
 * createCrmData().ticketsByOrderValue('acme', 'so1000123');
 */
export function createCrmData(world: World = getWorld()): CrmData {
  const tickets = new Map<string, { raw: Ticket; wire: ZendeskTicket }>();
  const byOrder = new Map<string, ZendeskTicket[]>();
  const byRequester = new Map<string, ZendeskTicket[]>();
  const byTenant = new Map<string, ZendeskTicket[]>();
  const users = new Map<string, ZendeskUser>();
  const subdomains = new Map(world.tenants.map((t) => [t.id, t.zendeskSubdomain]));
  for (const [tenant, customers] of Object.entries(world.customers)) {
    for (const c of customers)
      users.set(`${tenant}|${c.helpdeskUserId}`, {
        id: c.helpdeskUserId,
        name: c.contactName,
        email: c.requesterEmail,
        phone: c.phone,
      });
  }
  for (const [tenant, agents] of Object.entries(world.agents)) {
    for (const a of agents)
      users.set(`${tenant}|${a.id}`, { id: a.id, name: a.name, email: a.email, phone: null });
  }
  // Newest first: world orders are oldest first, and tickets within an order too.
  const all = world.orders
    .flatMap((o) => o.tickets.map((t) => ({ o, t })))
    .sort((a, b) => b.t.createdAt - a.t.createdAt || b.t.id - a.t.id);
  for (const { o, t } of all) {
    const wire = toZendeskTicket(t, subdomains.get(o.tenant)!);
    tickets.set(`${o.tenant}|${t.id}`, { raw: t, wire });
    push(byTenant, o.tenant, wire);
    if (t.orderField !== null) push(byOrder, `${o.tenant}|${normaliseOrderValue(t.orderField)}`, wire);
    const requester = users.get(`${o.tenant}|${t.requesterId}`);
    if (requester?.email) push(byRequester, `${o.tenant}|${requester.email.toLowerCase()}`, wire);
    push(byRequester, `${o.tenant}|${t.requesterId}`, wire);
  }
  return {
    tenantBySubdomain: (subdomain) => world.tenants.find((t) => t.zendeskSubdomain === subdomain),
    ticket: (tenant, id) => tickets.get(`${tenant}|${id}`)?.wire,
    comments(tenant, id) {
      const entry = tickets.get(`${tenant}|${id}`);
      return entry ? toZendeskComments(entry.raw) : undefined;
    },
    user: (tenant, id) => users.get(`${tenant}|${id}`),
    ticketsByOrderValue: (tenant, value) => byOrder.get(`${tenant}|${normaliseOrderValue(value)}`) ?? [],
    ticketsByRequester: (tenant, emailOrId) =>
      byRequester.get(`${tenant}|${emailOrId.trim().toLowerCase()}`) ?? [],
    allTickets: (tenant) => byTenant.get(tenant) ?? [],
  };
}
