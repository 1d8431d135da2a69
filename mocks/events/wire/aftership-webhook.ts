import type { Carrier, Shipment } from '../../world/types.js';
import type { RenderContext } from './render-context.js';
import { stableHex } from './render-context.js';
import { isoDate, isoOffset, placeParts } from './wire-time.js';

/** AfterShip courier slugs for the carriers it tracks for us. */
const SLUG: Partial<Record<Carrier, string>> = {
  DHL: 'dhl-germany',
  UPS: 'ups',
  FEDEX: 'fedex',
  DPD: 'dpd-de',
};
const ISO3: Record<string, string> = { DE: 'DEU', US: 'USA' };

/** AfterShip's own wording of each subtag the world uses ("Delivery Sub-statuses"). */
const SUBTAG_MESSAGE: Record<string, string> = {
  InfoReceived_001: 'Info Received',
  InTransit_002: 'Acceptance scan',
  InTransit_003: 'Arrival scan',
  OutForDelivery_001: 'Out for Delivery',
  AttemptFail_002: 'Addressee not available',
  AvailableForPickup_001: 'Available for pickup',
  Delivered_001: 'Delivered',
  Exception_005: 'Delayed (External factors)',
  Exception_007: 'Incorrect Address',
  Exception_010: 'Returning to sender',
  Exception_011: 'Returned to sender',
  Exception_012: 'Shipment damage',
  Exception_013: 'Shipment lost',
};

const tagOf = (subtag: string) => subtag.split('_')[0] ?? subtag;

/**
 * An AfterShip `tracking_update` webhook: `{ ts, event, event_id, msg: Tracking }`, the tracking
 * with every checkpoint so far, oldest first. `ts` is the UTC time of the update, in seconds.
 */
export function afterShipWebhook(shipment: Shipment, index: number, ctx: RenderContext): object {
  const tracking = shipment.trackingNumber ?? '';
  const scans = shipment.tracking.slice(0, index + 1);
  const at = (j: number) => (j === index ? ctx.occurredAt : ctx.scanTime(tracking, j));
  const subtag = scans[index]?.code ?? 'Pending_001';
  const first = shipment.tracking[0];
  const eta = shipment.eta !== null && first ? isoDate(at(0) + (shipment.eta - first.ts)) : null;
  const destination = placeParts(shipment.tracking.at(-1)?.place ?? null).country ?? '';
  const slug = SLUG[shipment.carrier] ?? shipment.carrier.toLowerCase();
  return {
    ts: Math.floor(ctx.occurredAt / 1000),
    event: 'tracking_update',
    event_id: ctx.id,
    is_tracking_first_tag: !scans.slice(0, index).some((s) => tagOf(s.code) === tagOf(subtag)),
    msg: {
      id: stableHex(`${slug} ${tracking}`, 24),
      tracking_number: tracking,
      slug,
      title: tracking,
      tag: tagOf(subtag),
      subtag,
      subtag_message: SUBTAG_MESSAGE[subtag] ?? tagOf(subtag),
      destination_country_iso3: ISO3[destination] ?? null,
      expected_delivery: eta,
      courier_estimated_delivery_date: eta ? { estimated_delivery_date: eta } : null,
      updated_at: isoOffset(ctx.occurredAt),
      checkpoints: scans.map((scan, j) => {
        const place = placeParts(scan.place);
        return {
          slug,
          checkpoint_time: isoOffset(at(j)),
          message: scan.text,
          location: scan.place,
          city: place.city,
          state: place.state,
          country_iso3: place.country ? (ISO3[place.country] ?? null) : null,
          tag: tagOf(scan.code),
          subtag: scan.code,
          subtag_message: SUBTAG_MESSAGE[scan.code] ?? tagOf(scan.code),
        };
      }),
    },
  };
}
