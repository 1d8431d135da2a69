import type { CarrierProblem } from '../shipment-status.js';
import type { ExceptionSeverity } from '../exception.js';
import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import type { Scan, ShipmentState } from './shipment-state.js';
import { carrierName } from './shipment-state.js';
import { happenedAfter } from './stamp.js';
import type { SuggestedAction } from './suggested-action.js';
import { HOUR, ms } from './time.js';

interface ProblemRule {
  base: ExceptionSeverity;
  /** Only delivery ends it: a lost parcel scanned again is not found until it arrives. */
  untilDelivered: boolean;
  actions: SuggestedAction[];
  /** The middle of the summary sentence. */
  says: string;
}

const RULES: Record<CarrierProblem, ProblemRule> = {
  LOST: {
    base: 'HIGH',
    untilDelivered: true,
    actions: ['contact-carrier', 'reship', 'refund'],
    says: 'lost',
  },
  RETURN_TO_SENDER: {
    base: 'HIGH',
    untilDelivered: true,
    actions: ['contact-customer', 'reship', 'refund'],
    says: 'on its way back to the sender',
  },
  DAMAGED: {
    base: 'HIGH',
    untilDelivered: false,
    actions: ['contact-carrier', 'reship', 'refund'],
    says: 'damaged',
  },
  ADDRESS_PROBLEM: {
    base: 'MEDIUM',
    untilDelivered: false,
    actions: ['contact-customer', 'contact-carrier'],
    says: 'held up by an address problem',
  },
  FAILED_ATTEMPT: {
    base: 'MEDIUM',
    untilDelivered: false,
    actions: ['contact-customer', 'contact-carrier'],
    says: 'not delivered at the first attempt',
  },
  DELIVERY_EXCEPTION: {
    base: 'MEDIUM',
    untilDelivered: false,
    actions: ['contact-carrier', 'contact-customer'],
    says: 'held up',
  },
};

/** A carrier problem must reach an agent within hours: the customer may already be waiting at the door. */
const DUE_HOURS = 4;

const quoted = (scan: Scan): string =>
  scan.description.trim() ? `"${scan.description.trim()}" (${scan.code})` : scan.code;

/**
 * LOST, RETURN_TO_SENDER, DAMAGED, ADDRESS_PROBLEM, FAILED_ATTEMPT, DELIVERY_EXCEPTION. Each holds
 * from the carrier's newest scan of that problem until the parcel progresses normally afterwards
 * or is reported lost or returning (LOST and RETURN_TO_SENDER themselves hold until delivery).
 * Nothing holds once the parcel is delivered.
 */
export function carrierRules(ctx: RuleContext<ShipmentState>): RuleOutcome[] {
  const s = ctx.state;
  const carrier = carrierName(s) ?? 'The carrier';
  return (Object.keys(RULES) as CarrierProblem[]).map((type) => {
    const rule = RULES[type];
    const scan = s.problems[type];
    if (!scan || s.delivered) return clear(type);
    // A parcel lost or on its way back makes earlier delays and attempts moot: one exception says it.
    const movedOn =
      happenedAfter(s.progress, scan) ||
      happenedAfter(s.problems.LOST, scan) ||
      happenedAfter(s.problems.RETURN_TO_SENDER, scan);
    if (!rule.untilDelivered && movedOn) return clear(type);
    return holds(type, {
      base: rule.base,
      dueAt: ms(scan.at) + DUE_HOURS * HOUR,
      summary: `${carrier} reports shipment ${ctx.subjectId} of order ${ctx.orderNumber} ${rule.says}: ${quoted(scan)}.`,
      evidence: [scan.ev],
      actions: rule.actions,
    });
  });
}
