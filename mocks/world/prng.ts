/** A seeded pseudo-random source: the same seed always yields the same world. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  digits(n: number): string;
}

/**
 * mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded.
 *
 * @example
 * const rng = createPrng(42);
 * rng.int(1, 6); // always the same sequence for seed 42
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      // for-in instead of Object.entries: this runs ~30 times per order, allocation adds up.
      let total = 0;
      for (const key in weights) total += weights[key];
      let r = next() * total;
      let last: keyof typeof weights | undefined;
      for (const key in weights) {
        r -= weights[key];
        last = key;
        if (r < 0) return key;
      }
      return last!;
    },
    digits: (n) => {
      // Six digits per draw: per-character concatenation leaves long cons-string chains on the heap.
      let s = '';
      while (s.length < n) s += String(Math.floor(next() * 1e6)).padStart(6, '0');
      return s.length === n ? s : s.slice(0, n);
    },
  };
}
