import type { LineIssue, OrderState } from './order-state.js';
import { openIssues, shipByAt } from './order-state.js';
import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import { happenedAfter } from './stamp.js';
import { HOUR, ms } from './time.js';

/** Due within `hours` of the first open issue, but never after the ship-by: the customer must hear first. */
function dueBefore(s: OrderState, since: number, hours: number): number {
  const shipBy = shipByAt(s);
  return Math.min(since + hours * HOUR, shipBy ?? Number.POSITIVE_INFINITY);
}

const firstAt = (issues: [string, LineIssue][]): number => Math.min(...issues.map(([, i]) => ms(i.at)));

/** SHORT_PICK, BACKORDER and WAREHOUSE_HOLD: what the warehouse reports about an order. */
export function warehouseRules(ctx: RuleContext<OrderState>): RuleOutcome[] {
  const s = ctx.state;
  const order = ctx.orderNumber;
  const outcomes: RuleOutcome[] = [];

  const shorts = openIssues(s, s.shorts);
  outcomes.push(
    shorts.length === 0
      ? clear('SHORT_PICK')
      : holds('SHORT_PICK', {
          base: 'MEDIUM',
          dueAt: dueBefore(s, firstAt(shorts), 8),
          summary: `Order ${order} was short-picked: ${shorts
            .map(
              ([line, i]) =>
                `line ${line} (${i.sku}) is ${i.quantity} short${i.reason ? ` (${i.reason})` : ''}`,
            )
            .join('; ')}.`,
          evidence: shorts.map(([, i]) => i.ev),
          actions: ['contact-customer', 'cancel-line', 'refund'],
        }),
  );

  const backorders = openIssues(s, s.backorders);
  outcomes.push(
    backorders.length === 0
      ? clear('BACKORDER')
      : holds('BACKORDER', {
          base: 'MEDIUM',
          dueAt: dueBefore(s, firstAt(backorders), 24),
          summary: `Order ${order} is backordered: ${backorders
            .map(([line, i]) => `line ${line} (${i.sku}) waits for ${i.quantity}`)
            .join('; ')}.`,
          evidence: backorders.map(([, i]) => i.ev),
          actions: ['contact-customer', 'cancel-line'],
        }),
  );

  // A later WMS status other than ON_HOLD means the warehouse moved on even if no release was sent.
  const hold = s.hold;
  const movedOn = hold && s.wms && s.wms.status !== 'ON_HOLD' && happenedAfter(s.wms, hold);
  outcomes.push(
    !hold || !hold.held || movedOn
      ? clear('WAREHOUSE_HOLD')
      : holds('WAREHOUSE_HOLD', {
          base: 'MEDIUM',
          dueAt: dueBefore(s, ms(hold.at), 8),
          summary: `The warehouse is holding order ${order}: ${hold.reason || 'no reason given'}.`,
          evidence: [hold.ev],
          actions: ['release-order', 'contact-customer'],
        }),
  );
  return outcomes;
}
