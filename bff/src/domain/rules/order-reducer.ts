import type { CanonicalEvent } from '../event.js';
import type { OrderState } from './order-state.js';
import { FINISHED } from './order-state.js';
import { earliest, latest, stampOf } from './stamp.js';

/**
 * Folds a WMS order event into order state. Every field keeps the newest fact by `occurredAt`, so
 * a late or repeated event never moves the order backwards. Mutates and returns `s` (a copy).
 */
export function reduceOrder(s: OrderState, event: CanonicalEvent): OrderState {
  const stamp = stampOf(event);
  const body = event.body;
  switch (body.type) {
    case 'wms.order.status':
      s.wms = latest(s.wms, { ...stamp, status: body.status, code: body.nativeCode });
      if (FINISHED.has(body.status)) s.finished = earliest(s.finished, { ...stamp, status: body.status });
      if (body.shipBy) s.shipBy = latest(s.shipBy, { ...stamp, date: body.shipBy });
      break;
    case 'wms.short_pick': {
      const key = String(body.lineNumber);
      const issue = { ...stamp, sku: body.sku, quantity: body.shortQuantity, reason: body.reason };
      s.shorts[key] = latest(s.shorts[key], issue);
      break;
    }
    case 'wms.backorder': {
      const key = String(body.lineNumber);
      s.backorders[key] = latest(s.backorders[key], {
        ...stamp,
        sku: body.sku,
        quantity: body.quantity,
        reason: null,
      });
      break;
    }
    case 'wms.hold':
      s.hold = latest(s.hold, { ...stamp, held: !body.released, reason: body.reason });
      break;
    default:
      break;
  }
  return s;
}
