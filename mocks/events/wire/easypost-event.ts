import type { Shipment } from '../../world/types.js';
import type { RenderContext } from './render-context.js';
import { stableHex } from './render-context.js';
import { isoSeconds, placeParts } from './wire-time.js';

/** `status/status_detail` as the world writes USPS scans. */
const split = (code: string) => {
  const [status = 'unknown', detail = null] = code.split('/');
  return { status, status_detail: detail };
};

/**
 * An EasyPost `tracker.updated` Event, as EasyPost POSTs it: the whole Tracker with every scan so
 * far in `tracking_details`, oldest first; the newest is the news.
 */
export function easyPostEvent(shipment: Shipment, index: number, ctx: RenderContext): object {
  const tracking = shipment.trackingNumber ?? '';
  const scans = shipment.tracking.slice(0, index + 1);
  const at = (j: number) => (j === index ? ctx.occurredAt : ctx.scanTime(tracking, j));
  const current = split(scans[index]?.code ?? 'unknown');
  const previous = index > 0 ? split(scans[index - 1]?.code ?? '') : null;
  const eta =
    shipment.eta !== null && shipment.tracking[0]
      ? isoSeconds(at(0) + (shipment.eta - shipment.tracking[0].ts))
      : null;
  return {
    id: ctx.id,
    object: 'Event',
    mode: 'production',
    description: 'tracker.updated',
    created_at: isoSeconds(ctx.occurredAt),
    updated_at: isoSeconds(ctx.occurredAt),
    previous_attributes: previous && previous.status !== current.status ? { status: previous.status } : {},
    pending_urls: [],
    completed_urls: [],
    result: {
      id: `trk_${stableHex(tracking, 32)}`,
      object: 'Tracker',
      mode: 'production',
      tracking_code: tracking,
      ...current,
      signed_by: null,
      weight: null,
      est_delivery_date: eta,
      shipment_id: `shp_${stableHex(shipment.id, 32)}`,
      carrier: 'USPS',
      public_url: `https://track.easypost.com/${stableHex(`public ${tracking}`, 24)}`,
      tracking_details: scans.map((scan, j) => {
        const place = placeParts(scan.place);
        return {
          object: 'TrackingDetail',
          message: scan.text,
          description: '',
          ...split(scan.code),
          datetime: isoSeconds(at(j)),
          source: 'USPS',
          tracking_location: {
            object: 'TrackingLocation',
            city: place.city?.toUpperCase() ?? null,
            state: place.state,
            country: place.country,
            zip: null,
          },
        };
      }),
      created_at: isoSeconds(at(0)),
      updated_at: isoSeconds(ctx.occurredAt),
    },
  };
}
