import type { Milestone } from '../../world/tracking.js';
import type { WorldOrder } from '../../world/types.js';

/** The situations the exception engine raises from events; the generator keeps them coming. */
export const SITUATIONS = [
  'short_pick',
  'backorder',
  'hold',
  'carrier_delay',
  'failed_attempt',
  'address_problem',
  'return_to_sender',
  'lost',
  'damaged',
  'return_rejected',
  'return_not_credited',
] as const;

export type Situation = (typeof SITUATIONS)[number];

/** The carrier scans that are a situation; the first scan of each kind in a parcel's story. */
export const SCAN_SITUATION: Partial<Record<Milestone, Situation>> = {
  delay: 'carrier_delay',
  attempt: 'failed_attempt',
  address: 'address_problem',
  rts: 'return_to_sender',
  lost: 'lost',
  damaged: 'damaged',
};

const memo = new WeakMap<WorldOrder, ReadonlySet<Situation>>();

/**
 * The situations in the order's own history, found in one pass and remembered: world orders do
 * not change once generated.
 */
export function situationsOf(o: WorldOrder): ReadonlySet<Situation> {
  const known = memo.get(o);
  if (known) return known;
  const found = new Set<Situation>();
  if (o.wms) {
    for (const l of o.lines) {
      if (l.shortReason !== null && l.qtyPicked < l.qty) found.add('short_pick');
      if (l.qtyBackordered > 0) found.add('backorder');
    }
    if (o.wms.history.some((h) => h.code === 800)) found.add('hold');
    for (const r of o.returns) {
      if (r.status === 'REJ') found.add('return_rejected');
      if (r.status === 'RCVD' || r.status === 'INSP') found.add('return_not_credited');
    }
    for (const shipment of o.wms.shipments)
      for (const scan of shipment.tracking) {
        const situation = SCAN_SITUATION[scan.milestone];
        if (situation) found.add(situation);
      }
  }
  memo.set(o, found);
  return found;
}

/** Whether the order's own history contains the situation. */
export const hasSituation = (o: WorldOrder, situation: Situation): boolean => situationsOf(o).has(situation);
