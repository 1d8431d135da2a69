import type { ShipmentStatus } from './model.js';

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

const EASYPOST_STATUS: Record<string, ShipmentStatus> = {
  unknown: 'UNKNOWN',
  pre_transit: 'LABEL_CREATED',
  in_transit: 'IN_TRANSIT',
  out_for_delivery: 'OUT_FOR_DELIVERY',
  delivered: 'DELIVERED',
  available_for_pickup: 'AVAILABLE_FOR_PICKUP',
  return_to_sender: 'RETURNED_TO_SENDER',
  failure: 'EXCEPTION',
  cancelled: 'CANCELLED',
  error: 'UNKNOWN',
};

/** EasyPost details that turn a moving parcel into an exception or a return. */
const EASYPOST_DETAIL: Record<string, ShipmentStatus> = {
  delivery_exception: 'EXCEPTION',
  damaged: 'EXCEPTION',
  lost: 'EXCEPTION',
  refused: 'EXCEPTION',
  undeliverable: 'EXCEPTION',
  attempted_delivery: 'ATTEMPT_FAILED',
  return_to_sender: 'RETURNED_TO_SENDER',
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
    const base = EASYPOST_STATUS[status] ?? 'UNKNOWN';
    const refined = EASYPOST_DETAIL[detail];
    // A detail only sharpens a parcel still on its way; delivered stays delivered.
    if (refined && (base === 'IN_TRANSIT' || base === 'OUT_FOR_DELIVERY' || base === 'EXCEPTION')) {
      return refined;
    }
    return base;
  }
  const tag = trimmed.split('_')[0] ?? '';
  return AFTERSHIP_SUBTAG[trimmed] ?? AFTERSHIP_TAG[tag] ?? 'UNKNOWN';
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
