import DataLoader from 'dataloader';
import type { Case, ErpOrder, WmsOrder } from '../domain/model.js';
import type { BatchResult, Upstreams } from '../domain/ports.js';

type Batch<V> = (keys: readonly string[]) => Promise<BatchResult<V>>;

function createLoader<V>(
  fetch: Batch<V>,
  maxBatchSize: number,
  batch: boolean,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    fetch as (keys: readonly string[]) => Promise<(V | null | Error)[]>,
    // Batching off also turns the cache off: the naive baseline the bench (B2) compares against.
    { maxBatchSize, batch, cache: batch },
  );
}

/**
 * The per-request DataLoaders: one per upstream batch endpoint, scoped to the viewer's tenant, so
 * every field of every order on a page costs one call per system and dependency level.
 * @example const loaders = createLoaders(upstreams, viewer.tenant); loaders.erpOrder.load('SO-1000123');
 */
export function createLoaders({ erp, wms, crm }: Upstreams, tenant: string, { batch = true } = {}) {
  const loader = <V>(fetch: Batch<V>, maxBatchSize: number) => createLoader(fetch, maxBatchSize, batch);
  return {
    erpOrder: loader<ErpOrder>((k) => erp.ordersByNumbers(tenant, k), erp.maxBatch),
    wmsOrder: loader<WmsOrder>((k) => wms.ordersByNumbers(tenant, k), wms.maxBatch),
    casesByOrder: loader<Case[]>((k) => crm.casesByOrderNumbers(tenant, k), crm.maxBatch),
    caseById: loader<Case>((k) => crm.casesByIds(tenant, k), crm.maxBatch),
    orderNumberBy: {
      CHANNEL_REFERENCE: loader<string>(
        (k) => erp.orderNumbersByRef(tenant, 'CHANNEL_REFERENCE', k),
        erp.maxBatch,
      ),
      CUSTOMER_PO: loader<string>((k) => erp.orderNumbersByRef(tenant, 'CUSTOMER_PO', k), erp.maxBatch),
      RMA_NUMBER: loader<string>((k) => erp.orderNumbersByRef(tenant, 'RMA_NUMBER', k), erp.maxBatch),
      WMS_REFERENCE: loader<string>((k) => wms.orderNumbersByRef(tenant, 'WMS_REFERENCE', k), wms.maxBatch),
      TRACKING_NUMBER: loader<string>(
        (k) => wms.orderNumbersByRef(tenant, 'TRACKING_NUMBER', k),
        wms.maxBatch,
      ),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
