import type { WmsOrder } from '../../domain/model.js';
import { normaliseOrderNumber, toWmsClientOrderRef } from '../../domain/order-number.js';
import type { BatchResult, WmsClient } from '../../domain/ports.js';
import { chunk, settle } from '../chunk.js';
import { accountFor } from '../tenant-account.js';
import { createUpstream, type UpstreamLifecycle, type UpstreamClientOptions } from '../http.js';
import { toWmsOrder } from './wms-mapper.js';
import type { WmsOrderWire, WmsQuery, WmsQueryResponse } from './wms-wire.js';

export interface WmsClientOptions extends UpstreamClientOptions {
  apiKey: string;
  /** Canonical tenant → its WMS account id (from the tenants file). */
  accounts: Readonly<Record<string, string>>;
}

export const WMS_MAX_BATCH = 100;

/**
 * The WMS adapter: fulfilment state by ERP order number, and order numbers by WMS reference or
 * tracking number, each through the one batched query endpoint.
 *
 * @example
 * const wms = createWmsClient({ baseUrl: 'http://127.0.0.1:4102', apiKey: 'k', accounts: { acme: 'acme-eu' } });
 * const [fulfilment] = await wms.ordersByNumbers('acme', ['SO-1000123']);
 */
export function createWmsClient(options: WmsClientOptions): WmsClient & UpstreamLifecycle {
  const tenants = options.accounts;
  const http = createUpstream({
    system: 'WMS',
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    connections: options.connections,
    retry: options.retry,
    breaker: options.breaker,
    dispatcher: options.dispatcher,
    headers: { authorization: `ApiKey ${options.apiKey}` },
  });

  /** Runs the query per chunk of values; the endpoint only reads, so it may be retried. */
  async function query(tenant: string, key: QueryKey, values: readonly string[]): Promise<WmsOrderWire[]> {
    const headers = { 'x-wms-account': accountFor(tenants, tenant, 'WMS') };
    const parts = await Promise.all(
      chunk([...new Set(values)], WMS_MAX_BATCH).map((part) =>
        http.json<WmsQueryResponse>({
          method: 'POST',
          path: '/wms/v2/orders/query',
          body: { [key]: part } as WmsQuery,
          headers,
          read: true,
        }),
      ),
    );
    return parts.flatMap((p) => p.orders);
  }

  async function ordersByNumbers(tenant: string, numbers: readonly string[]): Promise<BatchResult<WmsOrder>> {
    const refs = numbers.map(toWmsClientOrderRef).filter((r): r is string => r !== null);
    const orders = refs.length === 0 ? [] : await query(tenant, 'client_order_refs', refs);
    const found = new Map<string, WmsOrder | Error>();
    for (const wire of orders) {
      const key = normaliseOrderNumber(wire.client_order_ref);
      // One WMS order per ERP order is the norm; should a split appear, the first one answers.
      if (key !== null && !found.has(key))
        found.set(
          key,
          settle(() => toWmsOrder(wire)),
        );
    }
    return numbers.map((n) => found.get(normaliseOrderNumber(n) ?? '') ?? null);
  }

  async function orderNumbersByRef(
    tenant: string,
    kind: 'WMS_REFERENCE' | 'TRACKING_NUMBER',
    refs: readonly string[],
  ): Promise<BatchResult<string>> {
    const wanted = refs.map((r) => r.trim()).filter((r) => r !== '');
    if (wanted.length === 0) return refs.map(() => null);
    const found = new Map<string, string | Error>();
    const orders = await query(tenant, kind === 'WMS_REFERENCE' ? 'order_refs' : 'tracking_numbers', wanted);
    for (const wire of orders) {
      const number =
        normaliseOrderNumber(wire.client_order_ref) ??
        new Error(`WMS order ${wire.order_ref} names no ERP order number we understand.`);
      const keys =
        kind === 'WMS_REFERENCE' ? [wire.order_ref] : wire.shipments.map((s) => s.tracking_no ?? '');
      for (const key of keys) if (key !== '') found.set(key.toUpperCase(), number);
    }
    return refs.map((r) => found.get(r.trim().toUpperCase()) ?? null);
  }

  return {
    maxBatch: WMS_MAX_BATCH,
    ordersByNumbers,
    orderNumbersByRef,
    health: http.health,
    close: http.close,
  };
}

type QueryKey = 'client_order_refs' | 'order_refs' | 'tracking_numbers';
