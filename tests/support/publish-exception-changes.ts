import type { OrderException } from '../../bff/src/domain/exception.js';
import type { ChangeNotifier } from '../../bff/src/store/change.js';
import { appendChanges } from '../../bff/src/store/append-changes.js';
import { createStore, type StoreOptions } from '../../bff/src/store/create-store.js';
import { inTransaction } from '../../bff/src/store/in-transaction.js';

/**
 * Appends `count` exception changes for `tenant` straight to a running stack's store, in one
 * transaction, and nudges its feed: many changes (each `summaryBytes` long) without many webhooks.
 * @example await publishExceptionChanges(stack.env.store, stack.orderlens.services.feed, 'acme', 500);
 */
export async function publishExceptionChanges(
  storeOptions: StoreOptions,
  feed: ChangeNotifier,
  tenant: string,
  count: number,
  summaryBytes = 4096,
): Promise<void> {
  const store = await createStore(storeOptions);
  try {
    const at = new Date().toISOString();
    const nudges = await inTransaction(store, (trx) =>
      appendChanges(
        trx,
        store.dialect,
        Array.from({ length: count }, (_, i) => {
          const exception = bulkException(tenant, i, at, summaryBytes);
          return {
            tenant,
            topic: 'exception' as const,
            key: exception.id,
            payload: { kind: 'RAISED' as const, exception },
          };
        }),
        at,
      ),
    );
    for (const nudge of nudges) feed.notify(nudge);
  } finally {
    await store.close();
  }
}

function bulkException(tenant: string, i: number, at: string, summaryBytes: number): OrderException {
  return {
    id: `bulk-${i}`,
    tenant,
    type: 'SHORT_PICK',
    subjectKind: 'ORDER',
    subjectId: `SO-BULK-${i}`,
    orderNumber: `SO-BULK-${i}`,
    severity: 'LOW',
    dueAt: at,
    summary: `${i} `.padEnd(summaryBytes, 'x'),
    evidence: [],
    suggestedActions: [],
    status: 'OPEN',
    team: null,
    assignee: null,
    snoozedUntil: null,
    openedAt: at,
    updatedAt: at,
    resolvedAt: null,
    resolution: null,
  };
}
