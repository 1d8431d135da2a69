import { trackingStatus } from '../../domain/shipment-status.js';
import { afterShipTracking, afterShipWebhook, type AfterShipCheckpoint } from './aftership-webhook-wire.js';
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

/**
 * Maps an AfterShip `tracking_update` webhook to a `shipment.tracking` event. The code is the
 * subtag (`Exception_013`) when it belongs to the tag, else the tag; an unknown subtag falls back to
 * its tag, and an unknown tag is kept in the dead-letter list rather than guessed.
 *
 * @example normaliseAfterShip({ tenant, headers, body }).event.body.carrierCode // 'Exception_013'
 */
export function normaliseAfterShip(input: WebhookInput): Normalised {
  const webhook = afterShipWebhook.safeParse(input.body);
  if (!webhook.success) return invalid(zodReason(webhook.error));
  const { event_id: id, event, ts } = webhook.data;
  // edd_revise and tracking_pending_time carry no new milestone.
  if (event !== 'tracking_update')
    return unmappable(`AfterShip event ${quoted(event)} is not a tracking update`);
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
  const carrierCode = subtag.startsWith(`${t.tag}_`) ? subtag : t.tag;
  const status = trackingStatus(carrierCode);
  if (status === 'UNKNOWN') return unmappable(`AfterShip tag ${quoted(t.tag)} is in no known family`);
  const eta =
    t.courier_estimated_delivery_date?.estimated_delivery_date ??
    t.expected_delivery ??
    t.aftership_estimated_delivery_date?.estimated_delivery_date ??
    null;
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
      carrierCode,
      description: t.subtag_message ?? latest?.message ?? t.tag,
      location: place(latest),
      eta: eta === null ? null : isoFromText(eta),
    },
  });
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
