import { describe, expect, it } from 'vitest';
import {
  EASYPOST_DOCUMENTED_DETAILS,
  EASYPOST_DOCUMENTED_STATUSES,
} from '../../tests/support/easypost-documented-codes.js';
import { DAY, WORLD_NOW } from './clock.js';
import { createPrng } from './prng.js';
import { trackingEventsFor, type Milestone } from './tracking.js';
import type { Carrier, TrackingOutcome } from './types.js';

// integrations.md and the vendors' lists: what each code must mean.
const EASYPOST_STATUS = new Set<string>(EASYPOST_DOCUMENTED_STATUSES);
const EASYPOST_DETAIL = new Set<string>(EASYPOST_DOCUMENTED_DETAILS);

const OUTCOMES: TrackingOutcome[] = [
  'delivered',
  'delayed',
  'failed_attempt',
  'available_for_pickup',
  'returned_to_sender',
  'lost',
  'damaged',
];

function codesByMilestone(carrier: Carrier): Map<Milestone, Set<string>> {
  const rng = createPrng(3);
  const byMilestone = new Map<Milestone, Set<string>>();
  for (const outcome of OUTCOMES) {
    const events = trackingEventsFor(rng, {
      carrier,
      outcome,
      shippedAt: WORLD_NOW - 10 * DAY,
      now: WORLD_NOW,
      hubs: ['Leipzig, DE'],
      destination: 'Berlin, DE',
    });
    for (const e of events) {
      const set = byMilestone.get(e.milestone) ?? new Set<string>();
      set.add(e.code);
      byMilestone.set(e.milestone, set);
    }
  }
  return byMilestone;
}

describe('trackingEventsFor', () => {
  it("writes AfterShip carriers' problems in the documented subtags", () => {
    const codes = codesByMilestone('DHL');
    expect(codes.get('damaged')).toEqual(new Set(['Exception_012']));
    expect(codes.get('delay')).toEqual(new Set(['Exception_005']));
    expect(codes.get('lost')).toEqual(new Set(['Exception_013']));
    expect(codes.get('address')).toEqual(new Set(['Exception_007']));
    expect(codes.get('rts')).toEqual(new Set(['Exception_010']));
    expect(codes.get('rts_delivered')).toEqual(new Set(['Exception_011']));
    for (const code of codes.get('attempt') ?? []) expect(code).toMatch(/^AttemptFail_00[123]$/);
    for (const set of codes.values()) for (const code of set) expect(code).toMatch(/^[A-Z][A-Za-z]+_\d{3}$/);
  });

  it('writes USPS scans as documented EasyPost status/status_detail pairs, attempts not as failures', () => {
    const codes = codesByMilestone('USPS');
    for (const set of codes.values()) {
      for (const code of set) {
        const [status = '', detail = ''] = code.split('/');
        expect(EASYPOST_STATUS, code).toContain(status);
        expect(EASYPOST_DETAIL, code).toContain(detail);
      }
    }
    for (const code of codes.get('attempt') ?? []) expect(code.startsWith('failure/')).toBe(false);
    expect(codes.get('lost')).toEqual(new Set(['failure/lost']));
    expect(codes.get('damaged')).toEqual(new Set(['failure/damaged']));
    expect(codes.get('address')).toEqual(new Set(['in_transit/address_correction']));
  });

  it('tells an address problem before the parcel goes back to the sender', () => {
    const events = trackingEventsFor(createPrng(9), {
      carrier: 'UPS',
      outcome: 'returned_to_sender',
      shippedAt: WORLD_NOW - 10 * DAY,
      now: WORLD_NOW,
      hubs: ['Memphis, TN, US'],
      destination: 'Austin, US',
    });
    const milestones = events.map((e) => e.milestone);
    expect(milestones.indexOf('address')).toBeLessThan(milestones.indexOf('rts'));
    expect(events.map((e) => e.ts)).toEqual([...events.map((e) => e.ts)].sort((a, b) => a - b));
  });
});
