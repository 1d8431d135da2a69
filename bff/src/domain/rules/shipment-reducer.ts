import type { CanonicalEvent } from '../event.js';
import type { ShipmentStatus } from '../model.js';
import { NO_SCAN_REPORTED, trackingProblem } from '../shipment-status.js';
import type { CarrierProblem } from '../shipment-status.js';
import type { Scan, ShipmentState } from './shipment-state.js';
import { earliest, latest, stampOf } from './stamp.js';

/** Statuses that say nothing about the parcel moving: the carrier has only heard of the label. */
const NOT_A_SCAN: ReadonlySet<ShipmentStatus> = new Set([
  'PREPARING',
  'LABEL_CREATED',
  'UNKNOWN',
  'CANCELLED',
]);
const PROGRESS: ReadonlySet<ShipmentStatus> = new Set(['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED']);

/** The problem a scan reports: from its code first, else from the status a normaliser gave it. */
function problemOf(status: ShipmentStatus, code: string): CarrierProblem | null {
  if (status === 'DELIVERED') return null;
  const fromCode = trackingProblem(code);
  if (fromCode) return fromCode;
  if (status === 'RETURNED_TO_SENDER') return 'RETURN_TO_SENDER';
  if (status === 'ATTEMPT_FAILED') return 'FAILED_ATTEMPT';
  return status === 'EXCEPTION' ? 'DELIVERY_EXCEPTION' : null;
}

/**
 * Folds a WMS label or a carrier scan into shipment state. First-seen facts keep the earliest
 * stamp, current facts the newest, so the result does not depend on arrival order. Mutates `s`.
 */
export function reduceShipment(s: ShipmentState, event: CanonicalEvent): ShipmentState {
  const stamp = stampOf(event);
  const body = event.body;
  if (body.type === 'wms.shipment.created') {
    s.label = earliest(s.label, {
      ...stamp,
      orderNumber: body.orderNumber,
      shipmentId: body.shipmentId,
      carrier: body.carrier,
    });
    return s;
  }
  if (body.type !== 'shipment.tracking') return s;
  if (body.carrierCode === NO_SCAN_REPORTED) {
    // A report about the absence of scans is no scan: it only brings NO_CARRIER_SCAN forward.
    s.noScanReported = earliest(s.noScanReported, stamp);
    if (body.eta) s.eta = latest(s.eta, { ...stamp, date: body.eta });
    return s;
  }
  const scan: Scan = {
    ...stamp,
    status: body.status,
    code: body.carrierCode,
    description: body.description,
    carrier: body.carrier,
  };
  s.last = latest(s.last, scan);
  if (!NOT_A_SCAN.has(body.status)) s.firstScan = earliest(s.firstScan, stamp);
  if (body.status === 'DELIVERED') s.delivered = earliest(s.delivered, stamp);
  if (body.eta) s.eta = latest(s.eta, { ...stamp, date: body.eta });
  const problem = problemOf(body.status, body.carrierCode);
  if (problem) s.problems[problem] = latest(s.problems[problem], scan);
  else if (PROGRESS.has(body.status)) s.progress = latest(s.progress, stamp);
  return s;
}
