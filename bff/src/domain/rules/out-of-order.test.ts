import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../event.js';
import { createExceptionEngine } from './create-exception-engine.js';
import {
  at,
  backorder,
  hold,
  label,
  orderStatus,
  returnStatus,
  scan,
  shortPick,
  when,
} from './__fixtures__/event-fixtures.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

/** mulberry32: a tiny seeded PRNG, so a failing shuffle can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const FINAL = when(120);
const engine = createExceptionEngine();

/**
 * Feeds events to a fresh store without its dedupe (apply itself must be idempotent); each step has
 * its own processing time, the last one FINAL. Returns what a reader of the store would see.
 */
function replay(events: readonly CanonicalEvent[], nows: readonly Date[]) {
  const store = createStoreDouble(engine, { dedupe: false });
  events.forEach((e, i) => store.ingest(e, nows[i] ?? FINAL));
  const sorted = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { subjects: sorted(store.subjects), open: sorted(store.open), parked: store.parked.size };
}

/** Processing times that wander forward between the last event and FINAL, ending at FINAL. */
function nowsFor(count: number, rand: () => number): Date[] {
  const times = Array.from({ length: count - 1 }, () => when(100 + rand() * 20).getTime()).sort(
    (a, b) => a - b,
  );
  return [...times.map((t) => new Date(t)), FINAL];
}

const STORIES: Record<string, CanonicalEvent[]> = {
  'a troubled delivery (AfterShip)': [
    label('l1', 0),
    scan('s1', 1, 'InfoReceived_001'),
    scan('s2', 3, 'InTransit_002', { eta: at(72) }),
    scan('s3', 10, 'InTransit_003'),
    scan('s4', 20, 'Exception_005', { eta: at(90) }),
    scan('s5', 30, 'InTransit_003'),
    scan('s6', 40, 'InTransit_004'),
    scan('s7', 45, 'OutForDelivery_001'),
    scan('s8', 47, 'AttemptFail_002'),
    scan('s9', 70, 'OutForDelivery_001'),
    scan('s10', 72, 'Delivered_001'),
    scan('s11', 71, 'InTransit_004'),
  ],
  'a lost parcel scanned again': [
    label('l1', 0),
    scan('s1', 2, 'InTransit_002', { eta: at(50) }),
    scan('s2', 10, 'InTransit_003'),
    scan('s3', 30, 'Exception_013', { description: 'Shipment lost' }),
    scan('s4', 35, 'InTransit_003'),
  ],
  'a return to sender (EasyPost)': [
    label('l1', 0),
    scan('e1', 1, 'pre_transit/label_created', { source: 'easypost' }),
    scan('e2', 4, 'in_transit/arrived_at_facility', { source: 'easypost', eta: at(30) }),
    scan('e3', 20, 'out_for_delivery/out_for_delivery', { source: 'easypost' }),
    scan('e4', 22, 'failure/delivery_exception', { source: 'easypost' }),
    scan('e5', 44, 'out_for_delivery/out_for_delivery', { source: 'easypost' }),
    scan('e6', 46, 'failure/delivery_exception', { source: 'easypost' }),
    scan('e7', 60, 'return_to_sender/return', { source: 'easypost' }),
    scan('e8', 80, 'return_to_sender/delivered', { source: 'easypost' }),
  ],
  'an exception and a transit scan after delivery': [
    label('l1', 0),
    scan('s1', 2, 'InTransit_002'),
    scan('s2', 30, 'Delivered_001'),
    scan('s3', 35, 'Exception_012'),
    scan('s4', 40, 'InTransit_003'),
  ],
  'a label never scanned, and codes of no known family': [
    label('l1', 0),
    scan('s1', 1, 'InfoReceived_001'),
    scan('s2', 3, 'Beamed_001'),
    scan('s3', 4, 'teleported/elsewhere'),
  ],
  'unknown subtags and two scans at the same instant': [
    label('l1', 0),
    scan('s1', 2, 'InTransit_099'),
    scan('s2', 20, 'Exception_077'),
    scan('s3', 20, 'InTransit_003'),
    scan('s4', 25, 'failure/teleported'),
  ],
  'an order short-picked, held, released and stuck past its ship-by': [
    orderStatus('o1', 0, 'CONFIRMED', { shipBy: at(40) }),
    orderStatus('o2', 2, 'IN_FULFILMENT', { shipBy: at(48) }),
    shortPick('p1', 3, 10, 4),
    backorder('b1', 3.5, 20, 2),
    hold('h1', 4),
    hold('h2', 6, true),
    hold('h3', 8),
    orderStatus('o3', 9, 'ON_HOLD'),
    orderStatus('o4', 20, 'PARTIALLY_SHIPPED'),
  ],
  'an order that ships in the end': [
    orderStatus('o1', 0, 'IN_FULFILMENT', { shipBy: at(40) }),
    shortPick('p1', 3, 10, 4),
    backorder('b1', 3.5, 20, 2),
    hold('h1', 4),
    orderStatus('o2', 30, 'SHIPPED'),
    orderStatus('o3', 31, 'IN_FULFILMENT'),
  ],
  'a return rejected after inspection, and one received but never credited': [
    returnStatus('r1', 0, 'REQUESTED'),
    returnStatus('r2', 1, 'AUTHORIZED'),
    returnStatus('r3', 10, 'IN_TRANSIT'),
    returnStatus('r4', 30, 'RECEIVED'),
    returnStatus('r5', 33, 'INSPECTED'),
    returnStatus('r6', 34, 'REJECTED', 'Damaged by customer'),
  ],
};

describe('out-of-order replay', () => {
  for (const [story, events] of Object.entries(STORIES)) {
    it(`ends ${story} in the same state and exceptions for 200 seeded shuffles with duplicates`, () => {
      const ordered = replay(
        events,
        events.map(() => FINAL),
      );
      expect(ordered.parked).toBe(0);
      for (let seed = 1; seed <= 200; seed += 1) {
        const rand = prng(seed);
        const extra = events.filter(() => rand() < 0.2);
        const shuffled = shuffle([...events, ...extra], rand);
        const result = replay(shuffled, nowsFor(shuffled.length, rand));
        expect(result, `seed ${seed}`).toEqual(ordered);
      }
    });
  }

  it('ends all stories mixed into one stream in the same state as their ordered replay', () => {
    const all = [
      ...(STORIES['a lost parcel scanned again'] ?? []),
      ...(STORIES['an order short-picked, held, released and stuck past its ship-by'] ?? []),
      ...(STORIES['a return rejected after inspection, and one received but never credited'] ?? []),
    ];
    const ordered = replay(
      [...all].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt)),
      all.map(() => FINAL),
    );
    for (let seed = 1; seed <= 100; seed += 1) {
      const shuffled = shuffle(all, prng(seed));
      expect(
        replay(
          shuffled,
          shuffled.map(() => FINAL),
        ),
        `seed ${seed}`,
      ).toEqual(ordered);
    }
  });

  it('ends the ordered replays where the rules say they should', () => {
    const open = (story: string) =>
      replay(
        STORIES[story] ?? [],
        (STORIES[story] ?? []).map(() => FINAL),
      ).open.map(([, d]) => d.type);
    expect(open('a troubled delivery (AfterShip)')).toEqual([]);
    expect(open('a lost parcel scanned again')).toEqual(['LOST']);
    expect(open('a return to sender (EasyPost)')).toEqual(['RETURN_TO_SENDER']);
    expect(open('an exception and a transit scan after delivery')).toEqual([]);
    expect(open('a label never scanned, and codes of no known family')).toEqual(['NO_CARRIER_SCAN']);
    expect(open('unknown subtags and two scans at the same instant')).toEqual(['DELIVERY_EXCEPTION']);
    expect(open('an order short-picked, held, released and stuck past its ship-by')).toEqual([
      'BACKORDER',
      'NOT_SHIPPED_BY_PROMISE',
      // The partial shipment after the hold shows the warehouse moved on.
      'SHORT_PICK',
    ]);
    expect(open('an order that ships in the end')).toEqual([]);
    expect(open('a return rejected after inspection, and one received but never credited')).toEqual([
      'RETURN_REJECTED',
    ]);
  });
});
