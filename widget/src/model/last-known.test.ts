import { describe, expect, it } from 'vitest';
import { lastKnownWhole, mergeLastKnown } from './last-known.js';
import { orderFixture } from './__fixtures__/order-fixture.js';

const shipment = {
  id: 'SH-1',
  warehouse: 'DE1',
  carrier: 'DHL',
  service: null,
  trackingNumber: 'JJD1',
  trackingUrl: null,
  status: 'IN_TRANSIT' as const,
  shippedAt: null,
  eta: null,
  deliveredAt: null,
  milestones: [],
};

describe('mergeLastKnown', () => {
  const before = orderFixture({ shipments: [shipment], cases: [] });
  const known = { order: before, fetchedAt: '2026-11-01T10:00:00.000Z' };

  it('fills the WMS part from the earlier answer when the WMS failed, and marks it stale', () => {
    const fresh = orderFixture({
      shipments: null,
      references: { ...before.references, wmsReference: null },
      systemStatuses: [before.systemStatuses[0]!],
      lines: before.lines.map((l) => ({
        ...l,
        quantities: { ...l.quantities, allocated: null, picked: null, shipped: null, backordered: null },
      })),
    });
    const merged = mergeLastKnown(fresh, known, new Set(['WMS']));
    expect(merged.order.shipments).toEqual([shipment]);
    expect(merged.order.lines[0]?.quantities.picked).toBe(2);
    expect(merged.order.systemStatuses.map((s) => s.system)).toEqual(['ERP', 'WMS']);
    expect(merged.stale.get('WMS')).toBe(known.fetchedAt);
  });

  it('leaves a fresh answer alone when nothing failed', () => {
    const fresh = orderFixture({ shipments: [] });
    expect(mergeLastKnown(fresh, known, new Set())).toEqual({ order: fresh, stale: new Map() });
  });

  it('never borrows from another order', () => {
    const fresh = orderFixture({ id: 'SO-2', shipments: null });
    expect(mergeLastKnown(fresh, known, new Set(['WMS'])).order.shipments).toBeNull();
  });

  it('keeps cases the CRM cannot give now', () => {
    const withCase = orderFixture({
      cases: [
        {
          id: '1',
          subject: 's',
          status: 'OPEN',
          priority: null,
          updatedAt: '2026-10-01T00:00:00Z',
          url: null,
          requester: null,
        },
      ],
    });
    const merged = mergeLastKnown(
      orderFixture({ cases: null }),
      { ...known, order: withCase },
      new Set(['CRM']),
    );
    expect(merged.order.cases).toHaveLength(1);
    expect(merged.stale.has('CRM')).toBe(true);
  });
});

describe('lastKnownWhole', () => {
  it('marks every system of the earlier answer stale', () => {
    const whole = lastKnownWhole({ order: orderFixture(), fetchedAt: 't' });
    expect([...whole.stale.keys()].sort()).toEqual(['ERP', 'WMS']);
  });
});
