import type { Case, ErpOrder, OrderSearch, Page, WmsOrder } from './model.js';

/**
 * What the read path needs from each upstream system. The adapters in `upstream/` implement these;
 * resolvers and loaders see only these shapes.
 *
 * Batch methods take up to `maxBatch` keys and answer in key order: the value, `null` where the
 * system has no such record, or an `Error` where that one key failed. A failure of the whole call
 * rejects with an `UpstreamError` (see `errors.ts`).
 *
 * Every call is scoped to one tenant: the adapters send it the way the system expects.
 */
export type BatchResult<T> = (T | null | Error)[];

export interface ErpClient {
  readonly maxBatch: number;
  /** Orders (with customer, lines, returns and refunds) by canonical order number. */
  ordersByNumbers(tenant: string, numbers: readonly string[]): Promise<BatchResult<ErpOrder>>;
  /** Canonical order numbers by channel reference, customer PO or RMA number. */
  orderNumbersByRef(
    tenant: string,
    kind: 'CHANNEL_REFERENCE' | 'CUSTOMER_PO' | 'RMA_NUMBER',
    refs: readonly string[],
  ): Promise<BatchResult<string>>;
  /** Orders of the customers matching the search, newest first, with everything `ordersByNumbers` returns. */
  searchOrders(
    tenant: string,
    search: OrderSearch,
    page: { first: number; after: string | null },
  ): Promise<Page<ErpOrder>>;
  /** The canonical tenants this client has an ERP company for: what periodic ERP reads cover. */
  readonly tenants: readonly string[];
  /**
   * Orders the ERP confirmed but has not released to the warehouse, whose status last changed
   * before `changedBefore` (ISO 8601), oldest first, with customer and lines. The cursor is a
   * position in that order, valid with the same `changedBefore` only.
   */
  unreleasedOrders(
    tenant: string,
    changedBefore: string,
    page: { first: number; after: string | null },
  ): Promise<Page<ErpOrder>>;
}

export interface WmsClient {
  readonly maxBatch: number;
  /** Fulfilment state (WMS status, line quantities, shipments with milestones) by canonical order number. */
  ordersByNumbers(tenant: string, numbers: readonly string[]): Promise<BatchResult<WmsOrder>>;
  /** Canonical order numbers by WMS reference or tracking number. */
  orderNumbersByRef(
    tenant: string,
    kind: 'WMS_REFERENCE' | 'TRACKING_NUMBER',
    refs: readonly string[],
  ): Promise<BatchResult<string>>;
}

export interface CrmClient {
  readonly maxBatch: number;
  /** Cases by helpdesk ticket id. */
  casesByIds(tenant: string, ids: readonly string[]): Promise<BatchResult<Case>>;
  /** Cases whose order field names each canonical order number (an empty list where none). */
  casesByOrderNumbers(tenant: string, numbers: readonly string[]): Promise<BatchResult<Case[]>>;
}

export interface Upstreams {
  erp: ErpClient;
  wms: WmsClient;
  crm: CrmClient;
}
