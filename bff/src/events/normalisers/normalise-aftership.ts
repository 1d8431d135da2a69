import { NO_SCAN_REPORTED, trackingStatus } from '../../domain/shipment-status.js';
import type { ShipmentStatus } from '../../domain/model.js';
import {
  afterShipTracking,
  afterShipWebhook,
  type AfterShipCheckpoint,
  type AfterShipTracking,
} from './aftership-webhook-wire.js';
import { carrierName } from './carrier-name.js';
import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromSeconds, isoFromText } from './wire-time.js';

/** AfterShip Tracking's webhook events, each carrying the whole Tracking as `msg`. */
const TRACKING_EVENTS = new Set(['tracking_update', 'edd_revise', 'tracking_pending_time']);

/**
 * Maps an AfterShip tracking webhook to a `shipment.tracking` event:
 * - `tracking_update`: a new milestone. The code is the subtag (`Exception_013`) when it belongs to
 *   the tag, else the tag; an unknown subtag falls back to its tag, and an unknown tag is kept in
 *   the dead-letter list rather than guessed.
 * - `edd_revise`: the estimated delivery moved; the same snapshot, so the shipment's ETA (and the
 *   ETA rule) follows the revision.
 * - `tracking_pending_time`: no carrier scan for longer than the account's threshold; code
 *   `NO_SCAN_REPORTED`, which raises NO_CARRIER_SCAN without counting as a scan.
 * The Tracking's `return_to_sender` flag wins over a subtag that says otherwise.
 *
 * @example normaliseAfterShip({ tenant, headers, body }).event.body.carrierCode // 'Exception_013'
 */
export function normaliseAfterShip(input: WebhookInput): Normalised {
  const webhook = afterShipWebhook.safeParse(input.body);
  if (!webhook.success) return invalid(zodReason(webhook.error));
  const { event_id: id, event, ts } = webhook.data;
  if (!TRACKING_EVENTS.has(event))
    return unmappable(`AfterShip event ${quoted(event)} is not a tracking event`);
  const tracking = afterShipTracking.safeParse(webhook.data.msg);
  if (!tracking.success) return invalid(zodReason(tracking.error, ['msg']));
  const t = tracking.data;

  const latest = latestCheckpoint(t.checkpoints);
  // `ts` is UTC; checkpoint times are local and may lack an offset, so they are only a fallback.
  const occurredAt =
    ts !== undefined ? isoFromSeconds(ts) : isoFromText(latest?.checkpoint_time ?? t.updated_at ?? '');
  if (occurredAt === null) return invalid('ts: required (UTC unix seconds of the update)');

  // AfterShip tags are PascalCase; a lower-case one would be misread as an EasyPost status.
  if (!/^[A-Z][A-Za-z]*$/.test(t.tag))
    return unmappable(`AfterShip tag ${quoted(t.tag)} is in no known family`);
  const subtag = t.subtag ?? '';
  let carrierCode = subtag.startsWith(`${t.tag}_`) ? subtag : t.tag;
  let status: ShipmentStatus = trackingStatus(carrierCode);
  if (status === 'UNKNOWN') return unmappable(`AfterShip tag ${quoted(t.tag)} is in no known family`);
  if (t.return_to_sender === true) status = 'RETURNED_TO_SENDER';
  else if (t.return_to_sender === false && status === 'RETURNED_TO_SENDER') {
    carrierCode = t.tag;
    status = trackingStatus(t.tag);
  }
  const pending = event === 'tracking_pending_time';
  return normalisedEvent({
    source: 'aftership',
    id,
    tenant: input.tenant,
    occurredAt,
    body: {
      type: 'shipment.tracking',
      trackingNumber: t.tracking_number,
      carrier: carrierName(t.slug),
      status,
      carrierCode: pending ? NO_SCAN_REPORTED : carrierCode,
      description: pending
        ? 'No carrier scan yet, past the pending-time alert threshold'
        : (t.subtag_message ?? latest?.message ?? t.tag),
      location: place(latest),
      eta: estimatedDelivery(t),
    },
  });
}

/** The newest estimate AfterShip gives, in the fields of its successive API versions. */
function estimatedDelivery(t: AfterShipTracking): string | null {
  const text =
    t.latest_estimated_delivery?.datetime ??
    t.latest_estimated_delivery?.datetime_max ??
    t.courier_estimated_delivery_date?.estimated_delivery_date ??
    t.expected_delivery ??
    t.aftership_estimated_delivery_date?.estimated_delivery_date ??
    null;
  return text === null ? null : isoFromText(text);
}

/** AfterShip lists checkpoints oldest first; the last one is the scan this update is about. */
function latestCheckpoint(checkpoints: AfterShipCheckpoint[]): AfterShipCheckpoint | undefined {
  return checkpoints.at(-1);
}

function place(checkpoint: AfterShipCheckpoint | undefined): string | null {
  if (!checkpoint) return null;
  if (checkpoint.location) return checkpoint.location;
  const parts = [checkpoint.city, checkpoint.country_iso3].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return parts.length > 0 ? parts.join(', ') : null;
}
