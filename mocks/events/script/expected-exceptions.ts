import type { Milestone } from '../../world/tracking.js';
import type { StoryEvent } from '../story/story-event.js';
import type { ExceptionTypeName } from './script-types.js';

/*
 * The event rules as issue 4 states them, written here on their own so a run is checked against
 * the rules and not against the BFF's reading of them. One set of open exceptions per subject.
 */

const LESSER: readonly ExceptionTypeName[] = [
  'DELIVERY_EXCEPTION',
  'FAILED_ATTEMPT',
  'ADDRESS_PROBLEM',
  'DAMAGED',
];
const PROGRESS = new Set<Milestone>(['pickup', 'hub', 'depot', 'out']);
/** WMS statuses after which nothing is left to pick: shipped, delivered, cancelled. */
const FINISHED = new Set([200, 250, 900]);

/** The problem a scan reports. EasyPost has no failed-attempt status: its notice left is a delivery exception. */
function problemOf(milestone: Milestone, source: string): ExceptionTypeName | null {
  switch (milestone) {
    case 'delay':
      return 'DELIVERY_EXCEPTION';
    case 'attempt':
      return source === 'easypost' ? 'DELIVERY_EXCEPTION' : 'FAILED_ATTEMPT';
    case 'address':
      return 'ADDRESS_PROBLEM';
    case 'rts':
    case 'rts_delivered':
      return 'RETURN_TO_SENDER';
    case 'lost':
      return 'LOST';
    case 'damaged':
      return 'DAMAGED';
    default:
      return null;
  }
}

/**
 * Folds one event, in the order things happened, into the open exceptions of its subject:
 * a parcel's problem holds until it moves on normally (a loss or a return to the sender until it is
 * delivered, and either makes lesser problems moot); a short pick or backorder until the order
 * ships, is delivered or cancelled; a hold until a release or any later status but ON_HOLD; a
 * rejected return for good.
 */
export function foldException(open: Set<ExceptionTypeName>, event: StoryEvent): void {
  const p = event.payload;
  if (p.kind === 'scan') {
    const milestone = p.shipment.tracking[p.index]?.milestone;
    if (!milestone) return;
    if (milestone === 'delivered') return open.clear();
    if (PROGRESS.has(milestone)) for (const t of LESSER) open.delete(t);
    const problem = problemOf(milestone, event.source);
    if (problem === 'LOST' || problem === 'RETURN_TO_SENDER') for (const t of LESSER) open.delete(t);
    if (problem) open.add(problem);
    return;
  }
  if (p.kind !== 'wms') return;
  switch (p.type) {
    case 'order.short_picked':
      return void open.add('SHORT_PICK');
    case 'order.backordered':
      return void open.add('BACKORDER');
    case 'order.held':
      return void open.add('WAREHOUSE_HOLD');
    case 'order.hold_released':
      return void open.delete('WAREHOUSE_HOLD');
    case 'order.status_changed': {
      const code = Number(p.data.status_code);
      if (code !== 800) open.delete('WAREHOUSE_HOLD');
      if (FINISHED.has(code)) ['SHORT_PICK', 'BACKORDER'].forEach((t) => open.delete(t as ExceptionTypeName));
      return;
    }
    case 'return.inspected':
      if (p.data.result === 'REJECTED') open.add('RETURN_REJECTED');
      else open.delete('RETURN_REJECTED');
      return;
    default:
      return;
  }
}
