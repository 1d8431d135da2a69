import { clear, holds } from './rule-outcome.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import type { ShipmentState } from './shipment-state.js';
import { carrierName, shipmentStatus } from './shipment-state.js';
import { HOUR, deadline, iso, ms } from './time.js';

/**
 * NO_CARRIER_SCAN: a label exists and no carrier scan came within `firstScanHours`.
 * ETA_PASSED: the newest ETA passed and the parcel is not delivered. A parcel lost, on its way
 * back or cancelled is not going to make its ETA, and its own exception already says why.
 */
export function shipmentTimeRules(ctx: RuleContext<ShipmentState>): RuleOutcome[] {
  const s = ctx.state;
  const { now, thresholds } = ctx;
  const carrier = carrierName(s) ?? 'the carrier';
  const status = shipmentStatus(s);
  const outcomes: RuleOutcome[] = [];

  const label = s.label;
  const scanDue = label ? ms(label.at) + thresholds.firstScanHours * HOUR : null;
  // A tracking provider's "still pending" report raises it before our own threshold would.
  const reported = s.noScanReported ?? null;
  if (!label || scanDue === null || s.firstScan || status === 'CANCELLED')
    outcomes.push(clear('NO_CARRIER_SCAN'));
  else if (now < scanDue && !reported) outcomes.push(clear('NO_CARRIER_SCAN', scanDue));
  else
    outcomes.push(
      holds('NO_CARRIER_SCAN', {
        base: 'MEDIUM',
        dueAt: Math.min(scanDue, reported ? ms(reported.at) : scanDue) + 8 * HOUR,
        summary:
          reported && now < scanDue
            ? `The label for shipment ${ctx.subjectId} of order ${ctx.orderNumber} was created at ${label.at} and the tracking provider reported at ${reported.at} that ${carrier} has not scanned the parcel yet.`
            : `The label for shipment ${ctx.subjectId} of order ${ctx.orderNumber} was created at ${label.at} and ${carrier} has not scanned the parcel within ${thresholds.firstScanHours} h.`,
        evidence: reported ? [label.ev, reported.ev] : [label.ev],
        actions: ['contact-carrier'],
      }),
    );

  const eta = s.eta;
  const etaAt = eta ? deadline(eta.date) : null;
  const elsewhere = !!s.problems.LOST || !!s.problems.RETURN_TO_SENDER || status === 'CANCELLED';
  if (!eta || etaAt === null || s.delivered || elsewhere) outcomes.push(clear('ETA_PASSED'));
  else if (now < etaAt) outcomes.push(clear('ETA_PASSED', etaAt));
  else
    outcomes.push(
      holds('ETA_PASSED', {
        base: 'MEDIUM',
        dueAt: etaAt + 8 * HOUR,
        summary: `Shipment ${ctx.subjectId} of order ${ctx.orderNumber} was expected by ${iso(etaAt)} and is not delivered (last status: ${status}).`,
        evidence: [eta.ev],
        actions: ['contact-carrier', 'contact-customer'],
      }),
    );
  return outcomes;
}
