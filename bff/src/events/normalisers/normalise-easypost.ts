import { carrierName } from './carrier-name.js';
import { easyPostStatus, isEasyPostStatus } from '../../domain/easypost-codes.js';
import { easyPostEvent, easyPostTracker, type EasyPostTrackingDetail } from './easypost-event-wire.js';
import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromText } from './wire-time.js';

/** Tracker events; every other EasyPost event (batches, refunds, invoices) is not ours to map. */
const TRACKER_EVENTS = new Set(['tracker.created', 'tracker.updated']);

/**
 * Maps an EasyPost `tracker.updated` (or `tracker.created`) event to a `shipment.tracking` event.
 * The code is `status/status_detail` (`failure/lost`); the status comes from EasyPost's documented
 * lists (`easypost-codes.ts`): a detail sharpens it, an undocumented detail falls back to its
 * status, and an undocumented status of the same shape is kept in the dead-letter list.
 *
 * @example normaliseEasyPost({ tenant, headers, body }).event.body.status // 'EXCEPTION'
 */
export function normaliseEasyPost(input: WebhookInput): Normalised {
  const event = easyPostEvent.safeParse(input.body);
  if (!event.success) return invalid(zodReason(event.error));
  const { id, description } = event.data;
  if (!TRACKER_EVENTS.has(description))
    return unmappable(`EasyPost event ${quoted(description)} is not a tracker event`);
  const tracker = easyPostTracker.safeParse(event.data.result);
  if (!tracker.success) return invalid(zodReason(tracker.error, ['result']));
  const t = tracker.data;

  const latest = latestDetail(t.tracking_details);
  const occurredAt = isoFromText(
    latest?.datetime ?? t.updated_at ?? event.data.updated_at ?? event.data.created_at ?? '',
  );
  if (occurredAt === null)
    return invalid('result.tracking_details[].datetime: no readable time for the scan');

  if (!isEasyPostStatus(t.status))
    return unmappable(`EasyPost tracker status ${quoted(t.status)} is in no known family`);
  const detail = /^[a-z_]+$/.test(t.status_detail ?? '') ? (t.status_detail ?? null) : null;
  const carrierCode = detail ? `${t.status}/${detail}` : t.status;
  const status = easyPostStatus(t.status, detail);
  return normalisedEvent({
    source: 'easypost',
    id,
    tenant: input.tenant,
    occurredAt,
    body: {
      type: 'shipment.tracking',
      trackingNumber: t.tracking_code,
      carrier: carrierName(t.carrier),
      status,
      carrierCode,
      description: latest?.message ?? latest?.description ?? t.status_detail ?? t.status,
      location: place(latest),
      eta: t.est_delivery_date ? isoFromText(t.est_delivery_date) : null,
    },
  });
}

/** EasyPost lists details oldest first, but order by time anyway: the latest scan is the news. */
function latestDetail(details: EasyPostTrackingDetail[]): EasyPostTrackingDetail | undefined {
  return [...details]
    .filter((d) => d.datetime && isoFromText(d.datetime) !== null)
    .sort(
      (a, b) =>
        Date.parse(isoFromText(a.datetime ?? '') ?? '') - Date.parse(isoFromText(b.datetime ?? '') ?? ''),
    )
    .at(-1);
}

function place(detail: EasyPostTrackingDetail | undefined): string | null {
  const l = detail?.tracking_location;
  const parts = [l?.city, l?.state, l?.country].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}
