import { describe, expect, it } from 'vitest';
import { sampleReferences } from './sample-references.js';
import type { Lifecycle } from './types.js';
import { generateWorld, getWorld, referencesOf } from './world.js';

const LIFECYCLES: Lifecycle[] = [
  'draft',
  'pending',
  'credit_hold',
  'manual_hold',
  'in_fulfilment',
  'partially_shipped',
  'shipped',
  'delivered',
  'invoiced',
  'cancelled',
];

describe('generateWorld', () => {
  it('produces the same world from the same seed', () => {
    const a = generateWorld({ seed: 7, orderCount: 300 });
    const b = generateWorld({ seed: 7, orderCount: 300 });
    expect(JSON.stringify(a.orders)).toBe(JSON.stringify(b.orders));
    expect(JSON.stringify(generateWorld({ seed: 8, orderCount: 300 }).orders)).not.toBe(
      JSON.stringify(a.orders),
    );
  });

  it('places every order before the world epoch', () => {
    const w = generateWorld({ orderCount: 500 });
    for (const o of w.orders) {
      expect(o.created).toBeLessThan(w.now);
      for (const e of o.events) expect(e.ts).toBeLessThanOrEqual(w.now);
      for (const h of o.wms?.history ?? []) expect(h.ts).toBeLessThanOrEqual(w.now);
      for (const t of o.tickets) expect(t.updatedAt).toBeLessThanOrEqual(w.now);
      const hold = o.events.find((e) => e.type === 'HOLD');
      const released = o.events.find((e) => e.type === 'HOLD_RELEASED');
      if (hold && released) expect(hold.ts).toBeLessThan(released.ts);
    }
  });
});

describe('getWorld', () => {
  const world = getWorld();
  const orders = world.orders;

  it('is built once per process', () => {
    expect(getWorld()).toBe(world);
  });

  it('holds 10,000 orders about 60/40 between acme and globex, then initech’s 600, all numbers unique', () => {
    const main = orders.filter((o) => o.tenant !== 'initech');
    expect(main).toHaveLength(10_000);
    expect(orders.slice(0, 10_000)).toEqual(main);
    expect(orders.filter((o) => o.tenant === 'initech')).toHaveLength(600);
    expect(new Set(orders.map((o) => o.number)).size).toBe(10_600);
    expect(orders[0]!.number).toBe('SO-1000001');
    expect(orders[10_000]!.number).toBe('SO-1010001');
    const acme = main.filter((o) => o.tenant === 'acme').length;
    expect(acme).toBeGreaterThan(5700);
    expect(acme).toBeLessThan(6300);
  });

  it('gives every document of every tenant its own number', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(orders.flatMap((o) => o.returns.map((r) => r.rma)));
    unique(orders.flatMap((o) => o.tickets.map((t) => String(t.id))));
    unique(orders.flatMap((o) => (o.wms ? [o.wms.ref] : [])));
    unique(orders.flatMap((o) => (o.wms?.shipments ?? []).map((s) => s.id)));
  });

  it('has about 200 products and 800 customers per tenant, some on credit block', () => {
    expect(world.products.length).toBeGreaterThanOrEqual(190);
    for (const t of ['acme', 'globex'] as const) {
      expect(world.customers[t]).toHaveLength(800);
      expect(world.customers[t].some((c) => c.creditBlock)).toBe(true);
      expect(new Set(world.customers[t].map((c) => c.tier))).toEqual(new Set(['A', 'B', 'C']));
    }
  });

  it('covers every lifecycle state in both tenants', () => {
    for (const tenant of ['acme', 'globex']) {
      for (const state of LIFECYCLES) {
        expect(
          orders.filter((o) => o.tenant === tenant && o.lifecycle === state).length,
          `${tenant} ${state}`,
        ).toBeGreaterThan(5);
      }
    }
  });

  it('keeps unreleased orders out of the WMS and released ones in it', () => {
    for (const o of orders) {
      if (['draft', 'pending', 'credit_hold', 'manual_hold'].includes(o.lifecycle)) expect(o.wms).toBeNull();
      if (['shipped', 'delivered', 'invoiced'].includes(o.lifecycle)) expect(o.wms).not.toBeNull();
    }
  });

  it('includes split shipments, short picks with backorders and cancelled remainders', () => {
    expect(
      orders.filter((o) => (o.wms?.shipments.filter((s) => s.state === 'DISPATCHED').length ?? 0) >= 2)
        .length,
    ).toBeGreaterThan(100);
    expect(
      orders.some(
        (o) =>
          o.lifecycle === 'partially_shipped' && o.lines.some((l) => l.qtyBackordered > 0 && l.shortReason),
      ),
    ).toBe(true);
    expect(
      orders.some(
        (o) => o.lifecycle === 'shipped' && o.lines.some((l) => l.qtyCancelled > 0 && l.qtyShipped > 0),
      ),
    ).toBe(true);
  });

  it('includes several returns on one order, restocking-fee credits and partial refunds', () => {
    expect(orders.filter((o) => o.returns.length >= 2).length).toBeGreaterThan(20);
    expect(
      orders.some((o) => o.creditMemos.some((m) => m.rma !== null && m.reason?.includes('restocking'))),
    ).toBe(true);
    const refunds = orders.flatMap((o) => o.creditMemos.filter((m) => m.type === 'REFUND'));
    expect(new Set(refunds.map((m) => m.status))).toEqual(new Set(['OPEN', 'POSTED', 'PAID', 'FAILED']));
  });

  it('includes several tickets per order, tickets without an order field and messy order fields', () => {
    const tickets = orders.flatMap((o) => o.tickets.map((t) => ({ o, t })));
    expect(orders.filter((o) => o.tickets.length >= 2).length).toBeGreaterThan(50);
    expect(tickets.some(({ t }) => t.orderField === null)).toBe(true);
    const fields = tickets.flatMap(({ o, t }) =>
      t.orderField ? [t.orderField.replace(o.number.slice(3), 'N')] : [],
    );
    expect(new Set(fields)).toEqual(new Set(['SO-N', 'soN', 'SO N', 'N', '#SO-N']));
  });

  it('writes channel refs per channel and carrier scans in AfterShip and EasyPost codes, with exceptions', () => {
    const refs = orders
      .map((o) => o.channelRef ?? 'null')
      .map((r) => r.replace(/\d/g, '9').replace(/9+/g, '9'));
    expect(new Set(refs)).toEqual(new Set(['#W-9', 'EDI-9-9', 'AMZ-9-9-9', 'null']));
    const codes = new Set(
      orders.flatMap((o) => (o.wms?.shipments ?? []).flatMap((s) => s.tracking.map((e) => e.code))),
    );
    for (const code of [
      'InTransit_002',
      'Delivered_001',
      'AttemptFail_002',
      'Exception_005',
      'Exception_007',
      'Exception_010',
      'Exception_011',
      'Exception_012',
      'Exception_013',
      'in_transit/arrived_at_facility',
      'out_for_delivery/delivery_exception',
      'in_transit/address_correction',
      'return_to_sender/return',
      'delivered/arrived_at_destination',
    ]) {
      expect(codes, code).toContain(code);
    }
  });
});

describe('sampleReferences', () => {
  it('returns complete references from one order each, the same every time', () => {
    const samples = sampleReferences('globex', 5);
    expect(samples).toHaveLength(5);
    expect(sampleReferences('globex', 5)).toEqual(samples);
    for (const s of samples) {
      const order = getWorld().orderByNumber.get(s.erpOrderNumber)!;
      expect(order.tenant).toBe('globex');
      const refs = referencesOf(order);
      expect(refs.wmsReference).toBe(s.wmsReference);
      expect(refs.trackingNumbers).toContain(s.trackingNumber);
      expect(refs.rmaNumbers).toContain(s.rmaNumber);
      expect(refs.ticketIds).toContain(s.ticketId);
      expect(Object.values(s).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    }
  });

  it('draws distinct orders for acme', () => {
    const samples = sampleReferences('acme', 20);
    expect(new Set(samples.map((s) => s.erpOrderNumber)).size).toBe(20);
  });
});
