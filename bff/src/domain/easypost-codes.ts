import type { ShipmentStatus } from './model.js';

/**
 * EasyPost Tracker `status`, exactly as EasyPost documents it, and what each means to an agent.
 * `error` is EasyPost failing to track the parcel at all: nobody knows where it is, which is an
 * exception for an agent to chase, not a quiet "unknown".
 */
export const EASYPOST_STATUS = {
  unknown: 'UNKNOWN',
  pre_transit: 'LABEL_CREATED',
  in_transit: 'IN_TRANSIT',
  out_for_delivery: 'OUT_FOR_DELIVERY',
  delivered: 'DELIVERED',
  available_for_pickup: 'AVAILABLE_FOR_PICKUP',
  return_to_sender: 'RETURNED_TO_SENDER',
  failure: 'EXCEPTION',
  cancelled: 'CANCELLED',
  error: 'EXCEPTION',
} as const satisfies Record<string, ShipmentStatus>;

/**
 * EasyPost Tracker `status_detail`, exactly as EasyPost documents it. A detail sharpens a parcel
 * still on its way (or failed) when it names a problem or the way back; the others (`null`) leave
 * the status as it is. `delivered` stays delivered whatever the detail.
 */
export const EASYPOST_STATUS_DETAIL = {
  address_correction: null,
  arrived_at_destination: null,
  arrived_at_facility: null,
  arrived_at_pickup_location: null,
  awaiting_information: null,
  cancelled: null,
  damaged: 'EXCEPTION',
  delayed: null,
  delivery_exception: 'EXCEPTION',
  departed_facility: null,
  departed_origin_facility: null,
  expired: null,
  failure: null,
  held: null,
  in_transit: null,
  label_created: null,
  lost: 'EXCEPTION',
  missorted: null,
  out_for_delivery: null,
  received_at_destination_facility: null,
  received_at_origin_facility: null,
  refused: 'EXCEPTION',
  return: 'RETURNED_TO_SENDER',
  status_update: null,
  transferred_to_destination_carrier: null,
  transit_exception: null,
  unknown: null,
  weather_delay: null,
} as const satisfies Record<string, ShipmentStatus | null>;

export type EasyPostStatus = keyof typeof EASYPOST_STATUS;

/** Statuses a detail may sharpen: the parcel is still somewhere between us and the customer. */
const SHARPENED: ReadonlySet<ShipmentStatus> = new Set(['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'EXCEPTION']);

export const isEasyPostStatus = (value: string): value is EasyPostStatus =>
  Object.hasOwn(EASYPOST_STATUS, value);

/**
 * The canonical status of an EasyPost `status` and `status_detail`. An undocumented detail falls
 * back to its status. Never throws.
 *
 * @example easyPostStatus('in_transit', 'return') // 'RETURNED_TO_SENDER'
 */
export function easyPostStatus(status: EasyPostStatus, detail: string | null): ShipmentStatus {
  const base = EASYPOST_STATUS[status];
  const refined =
    detail !== null && Object.hasOwn(EASYPOST_STATUS_DETAIL, detail)
      ? EASYPOST_STATUS_DETAIL[detail as keyof typeof EASYPOST_STATUS_DETAIL]
      : null;
  return refined !== null && SHARPENED.has(base) ? refined : base;
}
