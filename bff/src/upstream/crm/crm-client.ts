import type { Case } from '../../domain/model.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import type { BatchResult, CrmClient } from '../../domain/ports.js';
import { chunk, settle } from '../chunk.js';
import { accountFor } from '../tenant-account.js';
import { createUpstream, type UpstreamLifecycle, type UpstreamClientOptions } from '../http.js';
import { orderReference, toCase } from './crm-mapper.js';
import type { ZendeskSearchResponse, ZendeskTicketsResponse, ZendeskUser } from './crm-wire.js';

export interface CrmClientOptions extends UpstreamClientOptions {
  /** Zendesk API token auth: `Basic base64(<email>/token:<apiToken>)`. */
  email: string;
  apiToken: string;
  /** Canonical tenant → its Zendesk account (from the tenants file). */
  helpdesks: Readonly<Record<string, HelpdeskAccount>>;
  /** Search pages followed per batch at most (100 tickets each). */
  maxSearchPages?: number;
}

/** One tenant's Zendesk account: its subdomain and the ticket fields it keeps our numbers in. */
export interface HelpdeskAccount {
  subdomain: string;
  orderNumberFieldId: number;
  /** Kept with the account for the customer-number lookups to come; no read uses it yet. */
  customerNumberFieldId: number | null;
}

export const CRM_MAX_BATCH = 100;

/**
 * The helpdesk adapter (Zendesk Support API v2): cases by ticket id and by order number, with
 * their requesters fetched in one extra batched call.
 *
 * @example
 * const crm = createCrmClient({ baseUrl: 'http://127.0.0.1:4103', email: 'a@b.c', apiToken: 't', helpdesks });
 * const [cases] = await crm.casesByOrderNumbers('acme', ['SO-1000123']);
 */
export function createCrmClient(options: CrmClientOptions): CrmClient & UpstreamLifecycle {
  const maxPages = options.maxSearchPages ?? 10;
  const http = createUpstream({
    system: 'CRM',
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    connections: options.connections,
    retry: options.retry,
    breaker: options.breaker,
    dispatcher: options.dispatcher,
    headers: {
      authorization: `Basic ${Buffer.from(`${options.email}/token:${options.apiToken}`).toString('base64')}`,
    },
  });

  async function casesByIds(tenant: string, ids: readonly string[]): Promise<BatchResult<Case>> {
    const { subdomain, orderNumberFieldId: fieldId } = accountFor(options.helpdesks, tenant, 'CRM');
    const headers = { 'x-zendesk-subdomain': subdomain };
    const wanted = [...new Set(ids.map((id) => id.trim()).filter((id) => /^\d{1,15}$/.test(id)))];
    const responses = await Promise.all(
      chunk(wanted, CRM_MAX_BATCH).map((part) =>
        http.json<ZendeskTicketsResponse>({
          method: 'GET',
          path: '/api/v2/tickets/show_many.json',
          query: { ids: part.join(','), include: 'users' },
          headers,
        }),
      ),
    );
    const tickets = responses.flatMap((r) => r.tickets);
    const users = usersById(responses);
    const found = new Map(
      tickets.map((t) => [
        String(t.id),
        settle(() => toCase(t, { subdomain, orderFieldId: fieldId, users })),
      ]),
    );
    return ids.map((id) => found.get(id.trim()) ?? null);
  }

  async function casesByOrderNumbers(
    tenant: string,
    numbers: readonly string[],
  ): Promise<BatchResult<Case[]>> {
    const { subdomain, orderNumberFieldId: fieldId } = accountFor(options.helpdesks, tenant, 'CRM');
    const headers = { 'x-zendesk-subdomain': subdomain };
    const wanted = [...new Set(numbers.map(normaliseOrderNumber).filter((n): n is string => n !== null))];
    const pages = (
      await Promise.all(chunk(wanted, CRM_MAX_BATCH).map((part) => search(part, fieldId, headers)))
    ).flat();
    const tickets = pages.flatMap((p) => p.results.filter((r) => (r.result_type ?? 'ticket') === 'ticket'));
    const users = usersById(pages);
    const byOrder = new Map<string, Case[]>();
    const failed = new Map<string, Error>();
    for (const ticket of tickets) {
      const number = normaliseOrderNumber(orderReference(ticket, fieldId));
      if (number === null) continue;
      const mapped = settle(() => toCase(ticket, { subdomain, orderFieldId: fieldId, users }));
      if (mapped instanceof Error) failed.set(number, mapped);
      else if (!byOrder.get(number)?.some((c) => c.id === mapped.id))
        byOrder.set(number, [...(byOrder.get(number) ?? []), mapped]);
    }
    return numbers.map((n) => {
      const number = normaliseOrderNumber(n);
      if (number === null) return [];
      return failed.get(number) ?? byOrder.get(number) ?? [];
    });
  }

  /** One search per chunk, every order term ORed, requesters sideloaded, up to `maxPages` pages. */
  async function search(
    part: string[],
    fieldId: number,
    headers: Record<string, string>,
  ): Promise<ZendeskSearchResponse[]> {
    const query = ['type:ticket', ...part.map((n) => `custom_field_${fieldId}:${n}`)].join(' ');
    const pages: ZendeskSearchResponse[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const res = await http.json<ZendeskSearchResponse>({
        method: 'GET',
        path: '/api/v2/search.json',
        query: { query, per_page: 100, page, include: 'tickets(users)' },
        headers,
      });
      pages.push(res);
      if (!res.next_page) break;
    }
    return pages;
  }

  return { maxBatch: CRM_MAX_BATCH, casesByIds, casesByOrderNumbers, health: http.health, close: http.close };
}

/** Requesters sideloaded with the tickets (Zendesk `include`), so cases cost one call. */
function usersById(responses: readonly { users?: ZendeskUser[] }[]): Map<number, ZendeskUser> {
  return new Map(responses.flatMap((r) => r.users ?? []).map((u) => [u.id, u]));
}
