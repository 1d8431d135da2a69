import { DAY, HOUR } from './clock.js';
import type { Counters } from './counters.js';
import type { Prng } from './prng.js';
import type { Tenant } from './tenants.js';
import { trackingEventsFor, trackingNumberFor, trackingUrlFor } from './tracking.js';
import type { Carrier, Shipment, TrackingOutcome } from './types.js';

const HUBS: Record<Tenant['country'], readonly string[]> = {
  DE: ['Leipzig, DE', 'Kassel, DE', 'Hannover, DE', 'Köln, DE', 'Nürnberg, DE', 'Neuss, DE'],
  US: ['Louisville, KY, US', 'Memphis, TN, US', 'Chicago, IL, US', 'Dallas, TX, US', 'Columbus, OH, US'],
};

export interface ShipmentSpec {
  warehouse: string;
  state: Shipment['state'];
  lines: { pos: number; sku: string; qty: number }[];
  shippedAt: number | null;
  outcome: TrackingOutcome | null;
}

function ssccFor(rng: Prng): string {
  return `00340${rng.digits(13)}`;
}

/** One WMS shipment with carrier, parcels and — once labelled — a tracking story. */
export function buildShipment(
  rng: Prng,
  spec: ShipmentSpec,
  ctx: { tenant: Tenant; counters: Counters; now: number; city: string; weightOf: (sku: string) => number },
): Shipment {
  const carrier: Carrier = rng.pick(ctx.tenant.carriers);
  const labelled = spec.state === 'LABELLED' || spec.state === 'DISPATCHED';
  const trackingNumber = labelled ? trackingNumberFor(rng, carrier) : null;
  const weight = spec.lines.reduce((sum, l) => sum + ctx.weightOf(l.sku) * l.qty, 0) + 350;
  const parcelCount = spec.state === 'PICKING' ? 0 : Math.min(4, 1 + Math.floor(weight / 20_000));
  const parcels = Array.from({ length: parcelCount }, () => ({
    sscc: ssccFor(rng),
    weightG: Math.max(200, Math.round(weight / parcelCount)),
  }));
  const dispatched = spec.state === 'DISPATCHED' && spec.shippedAt !== null;
  const tracking =
    trackingNumber && spec.outcome
      ? trackingEventsFor(rng, {
          carrier,
          outcome: dispatched ? spec.outcome : 'label_only',
          shippedAt: spec.shippedAt ?? ctx.now - HOUR,
          now: ctx.now,
          hubs: HUBS[ctx.tenant.country],
          destination: `${ctx.city}, ${ctx.tenant.country}`,
        })
      : [];
  const express = rng.chance(0.15);
  const service = express
    ? 'EXPRESS'
    : ctx.tenant.country === 'US'
      ? rng.chance(0.8)
        ? 'GROUND'
        : 'ECONOMY'
      : rng.chance(0.85)
        ? 'STANDARD'
        : 'ECONOMY';
  const transitDays = express ? 1 : rng.int(2, 4);
  return {
    id: `SH-${spec.warehouse}-${String(ctx.counters.next(`sh`, 93000)).padStart(7, '0')}`,
    warehouse: spec.warehouse,
    carrier,
    service,
    trackingNumber,
    trackingUrl: trackingNumber ? trackingUrlFor(carrier, trackingNumber) : null,
    state: spec.state,
    shippedAt: dispatched ? spec.shippedAt : null,
    eta: dispatched && spec.shippedAt !== null ? spec.shippedAt + transitDays * DAY : null,
    lines: spec.lines,
    parcels,
    tracking,
    outcome: trackingNumber ? (dispatched ? spec.outcome : 'label_only') : null,
  };
}
