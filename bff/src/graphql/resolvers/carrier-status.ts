import type { Shipment, SystemStatus } from '../../domain/model.js';

/**
 * The carriers' part of an order's status: the latest scan across its shipments, and DELIVERED only
 * when every shipment with tracking is. Null before any carrier has scanned anything.
 */
export function carrierStatus(shipments: readonly Shipment[]): SystemStatus | null {
  const tracked = shipments.filter((s) => s.milestones.length > 0);
  if (!tracked.length) return null;
  const latest = tracked
    .map((s) => s.milestones[s.milestones.length - 1]!)
    .reduce((a, b) => (a.at >= b.at ? a : b));
  const allDelivered = tracked.every((s) => s.status === 'DELIVERED');
  return {
    system: 'CARRIER',
    nativeStatus: latest.carrierCode,
    status: allDelivered ? 'DELIVERED' : 'SHIPPED',
    asOf: latest.at,
  };
}
