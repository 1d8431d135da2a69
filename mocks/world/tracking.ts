import { DAY, HOUR, MINUTE } from './clock.js';
import type { Prng } from './prng.js';
import type { Carrier, TrackingEvent, TrackingOutcome } from './types.js';

/** A tracking number in the carrier's own format. */
export function trackingNumberFor(rng: Prng, carrier: Carrier): string {
  switch (carrier) {
    case 'DHL':
      return `00340434${rng.digits(12)}`;
    case 'UPS':
      return `1Z${rng.pick(['A1B2C3', '9X4E77', 'W3R810', '4F6V22'])}${rng.pick(['01', '03', '42'])}${rng.digits(8)}`;
    case 'FEDEX':
      return rng.digits(12).replace(/^0/, '7');
    case 'DPD':
      return `0150${rng.digits(10)}`;
    case 'USPS':
      return `9400111${rng.digits(15)}`;
  }
}

const URLS: Record<Carrier, string> = {
  DHL: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=',
  UPS: 'https://www.ups.com/track?tracknum=',
  FEDEX: 'https://www.fedex.com/fedextrack/?trknbr=',
  DPD: 'https://tracking.dpd.de/status/de_DE/parcel/',
  USPS: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=',
};

export function trackingUrlFor(carrier: Carrier, trackingNumber: string): string {
  return URLS[carrier] + trackingNumber;
}

/** Milestones by meaning; each carrier family writes them in its own code. */
export type Milestone =
  | 'info'
  | 'pickup'
  | 'hub'
  | 'depot'
  | 'out'
  | 'attempt'
  | 'address'
  | 'pickup_point'
  | 'delivered'
  | 'delay'
  | 'damaged'
  | 'lost'
  | 'rts'
  | 'rts_delivered';

type Step = Milestone;

/**
 * AfterShip subtags as its "Delivery Sub-statuses" list documents them (InTransit_002 acceptance
 * scan, _003 arrival scan; Exception_005 delayed by external factors, _007 incorrect address, _010
 * returning to sender, _011 returned to sender, _012 damage, _013 lost).
 */
const AFTERSHIP: Record<Step, [code: string, text: string]> = {
  info: ['InfoReceived_001', 'Shipment information received'],
  pickup: ['InTransit_002', 'Shipment picked up by carrier'],
  hub: ['InTransit_003', 'Arrived at sorting facility'],
  depot: ['InTransit_003', 'Arrived at destination delivery depot'],
  out: ['OutForDelivery_001', 'Out for delivery'],
  attempt: ['AttemptFail_002', 'Recipient not available, delivery attempted'],
  address: ['Exception_007', 'Address incomplete or incorrect, recipient being contacted'],
  pickup_point: ['AvailableForPickup_001', 'Available for pickup at parcel shop'],
  delivered: ['Delivered_001', 'Delivered'],
  delay: ['Exception_005', 'Delayed: weather or operational reasons'],
  damaged: ['Exception_012', 'Shipment damaged in transit'],
  lost: ['Exception_013', 'Shipment lost'],
  rts: ['Exception_010', 'Returning to sender: address could not be resolved'],
  rts_delivered: ['Exception_011', 'Returned to sender'],
};

/**
 * EasyPost `status/status_detail`, both from its documented lists. EasyPost has no status for a
 * failed attempt: a notice left on the delivery run is `out_for_delivery` with `delivery_exception`
 * (`failure` is a parcel that will not arrive), and `status_detail` has no "delivered" value, so a
 * delivery, to the customer or back at the sender, is `arrived_at_destination`.
 */
const EASYPOST: Record<Step, [code: string, text: string]> = {
  info: ['pre_transit/label_created', 'Shipping Label Created, USPS Awaiting Item'],
  pickup: ['in_transit/received_at_origin_facility', 'Accepted at USPS Origin Facility'],
  hub: ['in_transit/arrived_at_facility', 'Arrived at USPS Regional Facility'],
  depot: ['in_transit/arrived_at_destination', 'Arrived at Post Office'],
  out: ['out_for_delivery/out_for_delivery', 'Out for Delivery'],
  attempt: ['out_for_delivery/delivery_exception', 'Notice Left (No Authorized Recipient Available)'],
  address: ['in_transit/address_correction', 'Addressee Unknown, Address Correction Requested'],
  pickup_point: ['available_for_pickup/arrived_at_pickup_location', 'Available for Pickup'],
  delivered: ['delivered/arrived_at_destination', 'Delivered, In/At Mailbox'],
  delay: ['in_transit/delayed', 'In Transit, Arriving Late'],
  damaged: ['failure/damaged', 'Damaged, item being processed'],
  lost: ['failure/lost', 'Item lost in transit'],
  rts: ['return_to_sender/return', 'Return to Sender Processed'],
  rts_delivered: ['return_to_sender/arrived_at_destination', 'Delivered to Original Sender'],
};

const STORIES: Record<TrackingOutcome, readonly Step[]> = {
  label_only: ['info'],
  in_transit: ['info', 'pickup', 'hub'],
  out_for_delivery: ['info', 'pickup', 'hub', 'depot', 'out'],
  delivered: ['info', 'pickup', 'hub', 'depot', 'out', 'delivered'],
  delayed: ['info', 'pickup', 'hub', 'delay'],
  failed_attempt: ['info', 'pickup', 'hub', 'depot', 'out', 'attempt'],
  available_for_pickup: ['info', 'pickup', 'hub', 'depot', 'out', 'attempt', 'pickup_point'],
  // The first run finds the address wrong; the second finds nobody; then the parcel goes back.
  returned_to_sender: [
    'info',
    'pickup',
    'hub',
    'depot',
    'out',
    'address',
    'out',
    'attempt',
    'rts',
    'rts_delivered',
  ],
  lost: ['info', 'pickup', 'hub', 'lost'],
  damaged: ['info', 'pickup', 'hub', 'damaged'],
};

/** Some delivered parcels had trouble on the way; the story still ends in delivery. */
const TROUBLED_DELIVERY: readonly (readonly Step[])[] = [
  ['info', 'pickup', 'hub', 'delay', 'hub', 'depot', 'out', 'delivered'],
  ['info', 'pickup', 'hub', 'depot', 'out', 'attempt', 'out', 'delivered'],
];

/**
 * The scans a carrier reports for a parcel dispatched at `shippedAt`, oldest first, none after `now`.
 */
export function trackingEventsFor(
  rng: Prng,
  opts: {
    carrier: Carrier;
    outcome: TrackingOutcome;
    shippedAt: number;
    now: number;
    hubs: readonly string[];
    destination: string;
  },
): TrackingEvent[] {
  const codes = opts.carrier === 'USPS' ? EASYPOST : AFTERSHIP;
  let steps = STORIES[opts.outcome];
  if (opts.outcome === 'delivered' && rng.chance(0.12)) steps = rng.pick(TROUBLED_DELIVERY);
  const start = opts.shippedAt - rng.int(2, 6) * HOUR;
  const gaps = steps.map((step) =>
    step === 'out'
      ? rng.int(3, 9) * HOUR
      : step === 'attempt'
        ? DAY + rng.int(0, 120) * MINUTE
        : rng.int(4, 20) * HOUR,
  );
  // The whole story must have happened by "now": squeeze the gaps rather than drop the ending.
  const span = gaps.slice(0, -1).reduce((a, b) => a + b, 0);
  const room = Math.max(HOUR, opts.now - 30 * MINUTE - start);
  const scale = span > room ? room / span : 1;
  const events: TrackingEvent[] = [];
  let ts = start;
  steps.forEach((step, i) => {
    const [code, text] = codes[step];
    const place =
      step === 'info' ? null : step === 'pickup' || step === 'hub' ? rng.pick(opts.hubs) : opts.destination;
    events.push({ ts: Math.round(ts), code, text, place, milestone: step });
    ts += (gaps[i] ?? 0) * scale;
  });
  return events;
}
