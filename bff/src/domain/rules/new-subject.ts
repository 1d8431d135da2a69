import type { SubjectKind } from '../exception.js';
import type { Subject } from '../exception-engine.js';

/**
 * A subject the store has not seen yet, with empty state: the engine fills it in. Also what a
 * caller passes to `compareErp` for an order the WMS has not mentioned.
 *
 * @example compareErp(newSubject('acme', 'ORDER', 'SO-1000123'), erpOrder, now)
 */
export const newSubject = (
  tenant: string,
  kind: SubjectKind,
  id: string,
  orderNumber: string | null = null,
): Subject => ({
  tenant,
  kind,
  id,
  orderNumber: kind === 'ORDER' ? id : orderNumber,
  state: {},
  wakeAt: null,
});
