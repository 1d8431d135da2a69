import { easyPostStatus, isEasyPostStatus } from './easypost-codes.js';
import type { ExceptionType } from './exception.js';
import type { ShipmentStatus } from './model.js';

/** Own keys only: a code such as `constructor_001` must not find `Object.prototype` members. */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** AfterShip tags; a subtag `<Tag>_<NNN>` we do not list falls back to its tag. */
const AFTERSHIP_TAG: Record<string, ShipmentStatus> = {
  Pending: 'LABEL_CREATED',
  InfoReceived: 'LABEL_CREATED',
  InTransit: 'IN_TRANSIT',
  OutForDelivery: 'OUT_FOR_DELIVERY',
  AttemptFail: 'ATTEMPT_FAILED',
  Delivered: 'DELIVERED',
  AvailableForPickup: 'AVAILABLE_FOR_PICKUP',
  Exception: 'EXCEPTION',
  // No scan for 30 days: something is wrong even though nothing says what.
  Expired: 'EXCEPTION',
};

/** Subtags whose meaning is sharper than their tag's. */
const AFTERSHIP_SUBTAG: Record<string, ShipmentStatus> = {
  Exception_010: 'RETURNED_TO_SENDER',
  Exception_011: 'RETURNED_TO_SENDER',
  Exception_020: 'CANCELLED',
};

/**
 * Maps a carrier tracking code as the WMS relays it: AfterShip style (`InTransit_001`,
 * `Exception_013`) or EasyPost style (`in_transit/arrived_at_facility`). Never throws.
 *
 * @example trackingStatus('Exception_099') // 'EXCEPTION' (unknown subtag → its tag)
 */
export function trackingStatus(code: string): ShipmentStatus {
  const trimmed = code.trim();
  if (/^[a-z_]+(\/[a-z_]*)?$/.test(trimmed)) {
    const [status = '', detail = ''] = trimmed.split('/');
    // The same documented lists as EasyPost's own webhooks (`easypost-codes.ts`).
    return isEasyPostStatus(status) ? easyPostStatus(status, detail || null) : 'UNKNOWN';
  }
  const tag = trimmed.split('_')[0] ?? '';
  return own(AFTERSHIP_SUBTAG, trimmed) ?? own(AFTERSHIP_TAG, tag) ?? 'UNKNOWN';
}

/**
 * The code of a tracking provider's report that a parcel has had no carrier scan for longer than
 * its threshold (AfterShip's `tracking_pending_time` event). It names no milestone: the rules
 * read it as "no carrier scan yet", whatever the label's age.
 */
export const NO_SCAN_REPORTED = 'tracking_pending_time';

/** The carrier problems an exception rule tells apart; named after the exception types they raise. */
export type CarrierProblem = Extract<
  ExceptionType,
  'DELIVERY_EXCEPTION' | 'FAILED_ATTEMPT' | 'RETURN_TO_SENDER' | 'LOST' | 'DAMAGED' | 'ADDRESS_PROBLEM'
>;

/** AfterShip Exception subtags sharper than "some exception"; the rest stay generic. */
const AFTERSHIP_PROBLEM: Record<string, CarrierProblem> = {
  Exception_002: 'ADDRESS_PROBLEM', // customer moved
  Exception_007: 'ADDRESS_PROBLEM', // incorrect address
  Exception_012: 'DAMAGED',
  Exception_013: 'LOST',
  // Disposed goods never reach the customer: for the agent it is a loss.
  Exception_021: 'LOST',
};

/** EasyPost `status_detail` values that name a problem, whatever the parcel's status says. */
const EASYPOST_PROBLEM: Record<string, CarrierProblem> = {
  lost: 'LOST',
  damaged: 'DAMAGED',
  address_correction: 'ADDRESS_PROBLEM',
  delivery_exception: 'DELIVERY_EXCEPTION',
  transit_exception: 'DELIVERY_EXCEPTION',
  weather_delay: 'DELIVERY_EXCEPTION',
  delayed: 'DELIVERY_EXCEPTION',
  held: 'DELIVERY_EXCEPTION',
  missorted: 'DELIVERY_EXCEPTION',
  refused: 'DELIVERY_EXCEPTION',
  // The way back, whatever the status still says.
  return: 'RETURN_TO_SENDER',
};

/**
 * The problem a carrier code reports, or null for a normal milestone. Builds on `trackingStatus`,
 * so an unknown subtag or detail falls back to its family: any other exception is a generic
 * DELIVERY_EXCEPTION, any failed attempt a FAILED_ATTEMPT. Never throws.
 *
 * @example trackingProblem('Exception_013') // 'LOST'
 * @example trackingProblem('in_transit/weather_delay') // 'DELIVERY_EXCEPTION' (moving, but late)
 */
export function trackingProblem(code: string): CarrierProblem | null {
  const status = trackingStatus(code);
  switch (status) {
    // Delivered stays delivered, a pickup point is a normal ending, a cancelled label is no parcel.
    case 'DELIVERED':
    case 'AVAILABLE_FOR_PICKUP':
    case 'CANCELLED':
    case 'LABEL_CREATED':
    case 'PREPARING':
      return null;
    case 'RETURNED_TO_SENDER':
      return 'RETURN_TO_SENDER';
    case 'ATTEMPT_FAILED':
      return 'FAILED_ATTEMPT';
    default:
      break;
  }
  const trimmed = code.trim();
  const sharper = own(AFTERSHIP_PROBLEM, trimmed) ?? own(EASYPOST_PROBLEM, trimmed.split('/')[1] ?? '');
  if (sharper) return sharper;
  return status === 'EXCEPTION' ? 'DELIVERY_EXCEPTION' : null;
}

const WMS_SHIPMENT_STATE: Record<string, ShipmentStatus> = {
  PICKING: 'PREPARING',
  PACKED: 'PREPARING',
  LABELLED: 'LABEL_CREATED',
  DISPATCHED: 'IN_TRANSIT',
  CANCELLED: 'CANCELLED',
};

/** Maps the WMS shipment state, used when the carrier has not scanned the parcel yet. */
export function wmsShipmentStatus(state: string): ShipmentStatus {
  return WMS_SHIPMENT_STATE[state.toUpperCase()] ?? 'UNKNOWN';
}

/** A short timeline kind for a shipment status, e.g. `shipment.out_for_delivery`. */
export function shipmentKind(status: ShipmentStatus): string {
  return `shipment.${status.toLowerCase()}`;
}
