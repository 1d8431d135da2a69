import type { OrderState } from './order-state.js';
import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import { HOUR, MINUTE, ms } from './time.js';

/**
 * SYSTEM_DRIFT: ERP and WMS have disagreed continuously for `driftMinutes`, as seen by the
 * comparisons so far (`erp.drift`, kept by `compareErp`). Only a fresh ERP read can say they
 * still disagree, so this family runs in `compareErp` alone.
 */
export function driftRules(ctx: RuleContext<OrderState>): RuleOutcome[] {
  const drift = ctx.state.erp?.drift;
  if (!drift) return [clear('SYSTEM_DRIFT')];
  const since = ms(drift.since);
  const raiseAt = since + ctx.thresholds.driftMinutes * MINUTE;
  // No `firesAt`: waking cannot confirm the disagreement, only the next comparison can.
  if (ctx.now < raiseAt) return [clear('SYSTEM_DRIFT')];
  return [
    holds('SYSTEM_DRIFT', {
      base: 'LOW',
      dueAt: raiseAt + 24 * HOUR,
      summary: `ERP and warehouse disagree on order ${ctx.orderNumber} since ${drift.since}: ${drift.reason}.`,
      evidence: drift.evidence,
      actions: ['check-erp'],
    }),
  ];
}
