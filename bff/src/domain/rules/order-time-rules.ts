import type { OrderState } from './order-state.js';
import { shipByAt, wmsKnows } from './order-state.js';
import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import { HOUR, ms } from './time.js';

/** ERP statuses in which the order should be in the warehouse. */
const RELEASABLE = new Set(['CONFIRMED', 'IN_FULFILMENT']);

/**
 * NOT_SHIPPED_BY_PROMISE: the WMS ship-by passed and the WMS has not shipped (a partial shipment
 * still misses the promise for the rest). NOT_RELEASED: the ERP has wanted the order in the
 * warehouse for `releaseHours` and the WMS has said nothing about it.
 */
export function orderTimeRules(ctx: RuleContext<OrderState>): RuleOutcome[] {
  const s = ctx.state;
  const { now, thresholds } = ctx;
  const order = ctx.orderNumber;
  const outcomes: RuleOutcome[] = [];

  const shipBy = shipByAt(s);
  const done = !!s.finished || s.erp?.status === 'CANCELLED';
  if (shipBy === null || !s.shipBy || done) outcomes.push(clear('NOT_SHIPPED_BY_PROMISE'));
  else if (now < shipBy) outcomes.push(clear('NOT_SHIPPED_BY_PROMISE', shipBy));
  else {
    const where = s.wms?.status === 'PARTIALLY_SHIPPED' ? 'has shipped only in part' : 'has not shipped';
    outcomes.push(
      holds('NOT_SHIPPED_BY_PROMISE', {
        base: 'MEDIUM',
        dueAt: shipBy + 4 * HOUR,
        summary: `Order ${order} had to ship by ${s.shipBy.date} and ${where} (warehouse status ${s.wms?.status ?? 'unknown'}).`,
        evidence: [...new Set([s.shipBy.ev, ...(s.wms ? [s.wms.ev] : [])])],
        actions: ['contact-customer', 'cancel-line'],
      }),
    );
  }

  const erp = s.erp;
  const since = erp?.releasableSince && RELEASABLE.has(erp.status) ? ms(erp.releasableSince) : null;
  const releaseBy = since === null ? null : since + thresholds.releaseHours * HOUR;
  if (!erp || releaseBy === null || wmsKnows(s)) outcomes.push(clear('NOT_RELEASED'));
  else if (now < releaseBy) outcomes.push(clear('NOT_RELEASED', releaseBy));
  else
    outcomes.push(
      holds('NOT_RELEASED', {
        base: 'MEDIUM',
        dueAt: releaseBy + 4 * HOUR,
        summary: `Order ${order} is ${erp.status === 'CONFIRMED' ? 'confirmed' : 'released'} in the ERP since ${erp.releasableSince} and has not reached the warehouse within ${thresholds.releaseHours} h.`,
        evidence: [`erp:${order}`],
        actions: ['release-order', 'check-erp'],
      }),
    );
  return outcomes;
}
