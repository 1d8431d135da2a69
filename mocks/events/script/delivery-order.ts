import type { Prng } from '../../world/prng.js';

export interface Delivery {
  /** Index into the events, in the order they happened. */
  index: number;
  duplicate: boolean;
  outOfOrder: boolean;
}

/**
 * The order in which an at-least-once sender delivers `subjects.length` events (given in the order
 * they happened): `outOfOrder` of them arrive just after the next event of their own subject,
 * and `duplicates` repeats follow their original after a short gap. Deterministic for one `rng`.
 *
 * @example deliveryOrder(['ORDER:SO-1', 'ORDER:SO-1'], { outOfOrder: 1, duplicates: 0, rng })
 */
export function deliveryOrder(
  subjects: readonly string[],
  options: { outOfOrder: number; duplicates: number; rng: Prng },
): Delivery[] {
  const { rng } = options;
  // The next event of the same subject, for each event that has one.
  const nextOf = new Map<number, number>();
  const last = new Map<string, number>();
  subjects.forEach((subject, i) => {
    const previous = last.get(subject);
    if (previous !== undefined) nextOf.set(previous, i);
    last.set(subject, i);
  });
  const candidates = [...nextOf.keys()];
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  // Disjoint pairs, so each moved event is late relative to exactly the one it lets pass.
  const involved = new Set<number>();
  const lateAfter = new Map<number, number>();
  for (const i of candidates) {
    if (lateAfter.size === options.outOfOrder) break;
    const j = nextOf.get(i)!;
    if (involved.has(i) || involved.has(j)) continue;
    involved.add(i).add(j);
    lateAfter.set(j, i);
  }
  if (lateAfter.size < options.outOfOrder)
    throw new RangeError(`only ${lateAfter.size} events can arrive out of order, not ${options.outOfOrder}`);
  const moved = new Set(lateAfter.values());
  const order: Delivery[] = [];
  subjects.forEach((_, i) => {
    if (moved.has(i)) return;
    order.push({ index: i, duplicate: false, outOfOrder: false });
    const late = lateAfter.get(i);
    if (late !== undefined) order.push({ index: late, duplicate: false, outOfOrder: true });
  });
  if (subjects.length === 0 || options.duplicates === 0) return order;
  // A repeat lands 1–50 deliveries after its original: the sender's retry after a lost answer.
  const keyed = order.map((d, position) => ({ key: position, d }));
  for (let n = 0; n < options.duplicates; n++) {
    const position = rng.int(0, order.length - 1);
    const original = order[position]!;
    keyed.push({
      key: position + rng.int(1, 50) + (n + 1) / (options.duplicates + 2),
      d: { ...original, duplicate: true, outOfOrder: false },
    });
  }
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.d);
}
