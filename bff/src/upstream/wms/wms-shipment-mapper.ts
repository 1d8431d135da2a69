import type { Milestone, Shipment } from '../../domain/model.js';
import { safeHttpUrl } from '../../domain/safe-url.js';
import { trackingStatus, wmsShipmentStatus } from '../../domain/shipment-status.js';
import { epochMillis, epochMillisOrNull } from '../wire-time.js';
import type { WmsShipmentWire } from './wms-wire.js';

/**
 * Maps a WMS shipment. Its status comes from the latest carrier scan when there is one, since the
 * carrier knows more than the warehouse once the parcel has left; else from the WMS state.
 *
 * @example toShipment(wire).status // 'DELIVERED' after a `Delivered_001` scan
 */
export function toShipment(wire: WmsShipmentWire): Shipment {
  const milestones = [...wire.tracking_events]
    .sort((a, b) => a.ts - b.ts)
    .map((e): Milestone => ({
      at: epochMillis(e.ts),
      status: trackingStatus(e.code),
      carrierCode: e.code,
      description: e.text,
      location: e.place ?? null,
    }));
  const latest = milestones.at(-1);
  const delivered = milestones.filter((m) => m.status === 'DELIVERED').at(-1);
  return {
    id: wire.shipment_id,
    warehouse: wire.warehouse,
    carrier: wire.carrier_code ?? null,
    service: wire.service_level ?? null,
    trackingNumber: wire.tracking_no ?? null,
    trackingUrl: safeHttpUrl(wire.tracking_url),
    status: latest?.status ?? wmsShipmentStatus(wire.state),
    shippedAt: epochMillisOrNull(wire.shipped_at),
    eta: epochMillisOrNull(wire.eta),
    deliveredAt: delivered?.at ?? null,
    milestones,
    lines: wire.lines.map((l) => ({
      lineNumber: lineNumber(l.client_line_ref),
      sku: l.sku,
      quantity: l.qty,
    })),
    packages: wire.parcels.map((p) => ({ id: p.sscc, weightKg: gramsToKg(p.weight_g) })),
  };
}

/** The WMS echoes the ERP line `pos` as `client_line_ref`; anything else cannot be matched. */
export function lineNumber(ref: string): number {
  if (!/^\d+$/.test(ref.trim())) throw new Error(`Not an ERP line number: ${JSON.stringify(ref)}`);
  return Number(ref);
}

/** 4200 g → "4.2"; integer arithmetic so the decimal string is exact. */
function gramsToKg(grams: number | null | undefined): string | null {
  if (grams === null || grams === undefined || !Number.isInteger(grams) || grams < 0) return null;
  const fraction = String(grams % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const whole = String(Math.floor(grams / 1000));
  return fraction === '' ? whole : `${whole}.${fraction}`;
}
