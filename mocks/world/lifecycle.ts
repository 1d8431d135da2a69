import type { Prng } from './prng.js';
import type { Lifecycle } from './types.js';

type Weights = Readonly<Partial<Record<Lifecycle, number>>>;

// Young orders are still moving; old ones are mostly invoiced. Long-running backorders and
// forgotten holds are what agents get asked about, so a few survive into the old buckets.
const BY_AGE: readonly (readonly [maxAgeDays: number, weights: Weights])[] = [
  [
    3,
    {
      draft: 14,
      pending: 22,
      credit_hold: 9,
      manual_hold: 3,
      in_fulfilment: 38,
      partially_shipped: 5,
      shipped: 6,
      cancelled: 3,
    },
  ],
  [
    10,
    {
      draft: 3,
      pending: 7,
      credit_hold: 6,
      manual_hold: 2,
      in_fulfilment: 20,
      partially_shipped: 12,
      shipped: 26,
      delivered: 18,
      cancelled: 6,
    },
  ],
  [
    30,
    {
      pending: 2,
      credit_hold: 3,
      manual_hold: 1,
      in_fulfilment: 4,
      partially_shipped: 8,
      shipped: 6,
      delivered: 30,
      invoiced: 38,
      cancelled: 8,
    },
  ],
  [Infinity, { credit_hold: 1, partially_shipped: 2, delivered: 7, invoiced: 81, cancelled: 9 }],
];

/** Chooses the state an order of the given age is in. */
export function pickLifecycle(rng: Prng, ageDays: number): Lifecycle {
  for (const [maxAge, weights] of BY_AGE) {
    if (ageDays < maxAge) return rng.weighted(weights as Record<Lifecycle, number>);
  }
  return 'invoiced';
}

/** The ERP document status each lifecycle state shows. */
export const ERP_STATUS = {
  draft: 'DRAFT',
  pending: 'OPEN',
  credit_hold: 'HOLD_CREDIT',
  manual_hold: 'HOLD_MANUAL',
  in_fulfilment: 'RELEASED',
  partially_shipped: 'PART_DELIVERED',
  shipped: 'DELIVERED',
  delivered: 'DELIVERED',
  invoiced: 'INVOICED',
  cancelled: 'CANCELLED',
} as const satisfies Record<Lifecycle, string>;
