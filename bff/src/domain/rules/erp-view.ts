import type { ErpOrder, OrderStatus } from '../model.js';
import type { ErpView, OrderState } from './order-state.js';
import { iso, ms } from './time.js';

const RELEASABLE: ReadonlySet<OrderStatus> = new Set(['CONFIRMED', 'IN_FULFILMENT']);

/**
 * Folds a fresh ERP read into order state: the customer tier always (later rules weigh it), the
 * status only when it is not older than the one we hold (two reads can return out of order).
 * Mutates `s`.
 */
export function reduceErp(s: OrderState, erp: ErpOrder, now: number): OrderState {
  s.tier = erp.customer.tier;
  const prev = s.erp;
  const comparedAt = iso(now);
  if (prev && ms(erp.statusAsOf) < ms(prev.asOf)) {
    s.erp = { ...prev, comparedAt };
    return s;
  }
  const releasable = RELEASABLE.has(erp.status);
  // The release clock starts when the ERP first wanted the order out, not at each status change.
  const releasableSince = releasable ? (prev?.releasableSince ?? iso(ms(erp.statusAsOf))) : null;
  const view: ErpView = {
    status: erp.status,
    asOf: iso(ms(erp.statusAsOf)),
    releasableSince,
    promisedDate: erp.promisedDate,
    cancelledLines: erp.lines
      .filter((l) => l.ordered > 0 && l.cancelled >= l.ordered)
      .map((l) => l.lineNumber),
    drift: prev?.drift ?? null,
    comparedAt,
  };
  s.erp = view;
  return s;
}
