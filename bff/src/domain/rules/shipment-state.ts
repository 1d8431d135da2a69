import type { ExceptionType } from '../exception.js';
import type { CustomerTier, ShipmentStatus } from '../model.js';
import type { CarrierProblem } from '../shipment-status.js';
import type { Stamp } from './stamp.js';
import { deadline } from './time.js';

/** A carrier scan as the rules remember it. */
export interface Scan extends Stamp {
  status: ShipmentStatus;
  code: string;
  description: string;
  carrier: string | null;
}

/** What the rules remember about one parcel (SHIPMENT subject, keyed by tracking number). */
export interface ShipmentState {
  v: 1;
  /** The WMS label (`wms.shipment.created`), the earliest if it was sent more than once. */
  label: (Stamp & { orderNumber: string; shipmentId: string; carrier: string | null }) | null;
  /** Copied from the order when the shipment appeared, so carrier rules can weigh a KEY customer. */
  tier: CustomerTier | null;
  /** The newest scan. */
  last: Scan | null;
  /** The earliest scan showing the carrier has the parcel (not a label notice). */
  firstScan: Stamp | null;
  /** The newest scan of normal progress: in transit, out for delivery, delivered, with no problem. */
  progress: Stamp | null;
  /** The earliest delivery scan: delivery is final whatever arrives after it. */
  delivered: Stamp | null;
  /** The newest ETA a scan gave. */
  eta: (Stamp & { date: string }) | null;
  /** The earliest report from a tracking provider that the carrier has not scanned the parcel yet. */
  noScanReported: Stamp | null;
  /** The newest scan reporting each kind of problem. */
  problems: Partial<Record<CarrierProblem, Scan>>;
  open: Partial<Record<ExceptionType, string>>;
}

export const emptyShipmentState = (): ShipmentState => ({
  v: 1,
  label: null,
  tier: null,
  last: null,
  firstScan: null,
  progress: null,
  delivered: null,
  eta: null,
  noScanReported: null,
  problems: {},
  open: {},
});

export function readShipmentState(json: Record<string, unknown>): ShipmentState {
  if (json.v !== 1) return emptyShipmentState();
  return { ...emptyShipmentState(), ...(structuredClone(json) as Partial<ShipmentState>) } as ShipmentState;
}

/** The status to show: delivery is final, so a scan stamped after it (a carrier glitch) does not undo it. */
export const shipmentStatus = (s: ShipmentState): ShipmentStatus =>
  s.delivered ? 'DELIVERED' : (s.last?.status ?? 'LABEL_CREATED');

/** The shipment's customer promise: its ETA. */
export const shipmentPromise = (s: ShipmentState): number | null => (s.eta ? deadline(s.eta.date) : null);

export const carrierName = (s: ShipmentState): string | null => s.label?.carrier ?? s.last?.carrier ?? null;
