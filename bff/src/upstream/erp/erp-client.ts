import { BadInputError } from '../../domain/errors.js';
import type { ErpOrder, OrderSearch, Page } from '../../domain/model.js';
import { normaliseOrderNumber } from '../../domain/order-number.js';
import type { BatchResult, ErpClient } from '../../domain/ports.js';
import { chunk, settle } from '../chunk.js';
import { accountFor } from '../tenant-account.js';
import { createUpstream, type UpstreamLifecycle, type UpstreamClientOptions } from '../http.js';
import { toErpOrder } from './erp-mapper.js';
import type {
  ErpLookupResponse,
  ErpOrderPageResponse,
  ErpOrdersResponse,
  ErpSearchResponse,
} from './erp-wire.js';
import { toErpOrderPage } from './to-erp-order-page.js';
import { toErpTimestamp } from './to-erp-timestamp.js';

export interface ErpClientOptions extends UpstreamClientOptions {
  apiKey: string;
  /** Canonical tenant → its ERP company code (from the tenants file). Its keys are the tenants served. */
  companies: Readonly<Record<string, string>>;
}

export const ERP_MAX_BATCH = 50;
const EXPAND = 'customer,returns,credit_memos';
const LOOKUP_BY = {
  CHANNEL_REFERENCE: 'channel_ref',
  CUSTOMER_PO: 'customer_po',
  RMA_NUMBER: 'rma',
} as const;

/**
 * The ERP adapter: batched order reads, reference lookups, customer search and the list of
 * confirmed orders not yet released to the warehouse.
 *
 * @example
 * const erp = createErpClient({ baseUrl: 'http://127.0.0.1:4101', apiKey: 'k', companies: { acme: 'ACME' } });
 * const [order] = await erp.ordersByNumbers('acme', ['SO-1000123']);
 */
export function createErpClient(options: ErpClientOptions): ErpClient & UpstreamLifecycle {
  const tenants = options.companies;
  const http = createUpstream({
    system: 'ERP',
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    connections: options.connections,
    retry: options.retry,
    breaker: options.breaker,
    dispatcher: options.dispatcher,
    headers: { authorization: `Bearer ${options.apiKey}` },
  });
  const companyHeader = (tenant: string) => ({ 'x-company': accountFor(tenants, tenant, 'ERP') });

  async function ordersByNumbers(tenant: string, numbers: readonly string[]): Promise<BatchResult<ErpOrder>> {
    const headers = companyHeader(tenant);
    const wanted = [...new Set(numbers.map(normaliseOrderNumber).filter((n): n is string => n !== null))];
    const found = new Map<string, ErpOrder | Error>();
    await Promise.all(
      chunk(wanted, ERP_MAX_BATCH).map(async (part) => {
        const res = await http.json<ErpOrdersResponse>({
          method: 'GET',
          path: '/api/v1/sales-orders',
          query: { numbers: part.join(','), expand: EXPAND },
          headers,
        });
        for (const item of res.items)
          found.set(
            item.order_no,
            settle(() => toErpOrder(item, tenant)),
          );
      }),
    );
    return numbers.map((n) => found.get(normaliseOrderNumber(n) ?? '') ?? null);
  }

  async function orderNumbersByRef(
    tenant: string,
    kind: keyof typeof LOOKUP_BY,
    refs: readonly string[],
  ): Promise<BatchResult<string>> {
    const headers = companyHeader(tenant);
    const found = new Map<string, string>();
    const wanted = [...new Set(refs.filter((r) => r.trim() !== ''))];
    await Promise.all(
      chunk(wanted, ERP_MAX_BATCH).map(async (part) => {
        const res = await http.json<ErpLookupResponse>({
          method: 'GET',
          path: '/api/v1/sales-orders/lookup',
          query: { by: LOOKUP_BY[kind], values: part.join(',') },
          headers,
        });
        for (const m of res.matches) found.set(m.value.toLowerCase(), m.order_no);
      }),
    );
    return refs.map((r) => found.get(r.toLowerCase()) ?? null);
  }

  async function searchOrders(
    tenant: string,
    search: OrderSearch,
    page: { first: number; after: string | null },
  ): Promise<Page<ErpOrder>> {
    const filter = pickFilter(search);
    const res = await http.json<ErpSearchResponse>({
      method: 'GET',
      path: '/api/v1/sales-orders/search',
      query: {
        ...filter,
        limit: Math.min(ERP_MAX_BATCH, Math.max(1, Math.trunc(page.first))),
        cursor: page.after,
        expand: EXPAND,
      },
      headers: companyHeader(tenant),
    });
    // A page has no per-item error slot: an order that does not map is left out of the page.
    const items = res.items.map((item) => settle(() => toErpOrder(item, tenant)));
    return {
      items: items.filter((i): i is ErpOrder => !(i instanceof Error)),
      next: res.next_cursor ?? null,
    };
  }

  async function unreleasedOrders(
    tenant: string,
    changedBefore: string,
    page: { first: number; after: string | null },
  ): Promise<Page<ErpOrder>> {
    const res = await http.json<ErpOrderPageResponse>({
      method: 'GET',
      path: '/api/v1/sales-orders/unreleased',
      query: {
        changed_before: toErpTimestamp(changedBefore),
        limit: Math.min(ERP_MAX_BATCH, Math.max(1, Math.trunc(page.first))),
        cursor: page.after,
        // The tier weighs the exception's severity; returns and credit memos do not matter here.
        expand: 'customer',
      },
      headers: companyHeader(tenant),
    });
    return toErpOrderPage(res, tenant);
  }

  return {
    maxBatch: ERP_MAX_BATCH,
    tenants: Object.keys(tenants),
    ordersByNumbers,
    orderNumbersByRef,
    searchOrders,
    unreleasedOrders,
    health: http.health,
    close: http.close,
  };
}

/** The ERP takes exactly one filter; the first one given wins, in the order an agent trusts most. */
function pickFilter(search: OrderSearch): Record<string, string> {
  const candidates: [string, string | null | undefined][] = [
    ['customer_no', search.customerNumber],
    ['email', search.email],
    ['phone', search.phone],
    ['name', search.name],
  ];
  for (const [key, value] of candidates) {
    if (value && value.trim() !== '') return { [key]: value.trim() };
  }
  throw new BadInputError('Give an email, phone, name or customer number to search orders.');
}
