import type { ReturnState } from './return-state.js';
import { creditDeadline } from './return-state.js';
import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import { HOUR, ms } from './time.js';

/**
 * RETURN_REJECTED: the newest return status is REJECTED (a later credit or re-inspection ends it).
 * RETURN_NOT_CREDITED: received, and no credit within `creditHours`, unless rejected or cancelled.
 */
export function returnRules(ctx: RuleContext<ReturnState>): RuleOutcome[] {
  const s = ctx.state;
  const { now, thresholds } = ctx;
  const rma = ctx.subjectId;
  const order = ctx.orderNumber;
  const outcomes: RuleOutcome[] = [];
  const status = s.status;

  outcomes.push(
    status?.status !== 'REJECTED'
      ? clear('RETURN_REJECTED')
      : holds('RETURN_REJECTED', {
          base: 'MEDIUM',
          dueAt: ms(status.at) + 24 * HOUR,
          summary: `The warehouse rejected return ${rma} of order ${order}${status.reason ? `: ${status.reason}` : ''}.`,
          evidence: [status.ev],
          actions: ['contact-customer'],
        }),
  );

  const creditBy = creditDeadline(s, thresholds);
  const closed = status?.status === 'REJECTED' || status?.status === 'CANCELLED';
  if (!s.received || creditBy === null || s.credited || closed) outcomes.push(clear('RETURN_NOT_CREDITED'));
  else if (now < creditBy) outcomes.push(clear('RETURN_NOT_CREDITED', creditBy));
  else
    outcomes.push(
      holds('RETURN_NOT_CREDITED', {
        base: 'MEDIUM',
        dueAt: creditBy + 24 * HOUR,
        summary: `Return ${rma} of order ${order} was received at ${s.received.at} and is not credited after ${thresholds.creditHours} h.`,
        evidence: [s.received.ev],
        actions: ['credit-return'],
      }),
    );
  return outcomes;
}
