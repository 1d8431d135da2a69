/** Running document numbers, shared across tenants so every number is unique in the world. */
export interface Counters {
  next(kind: string, start: number): number;
}

export function createCounters(): Counters {
  const values = new Map<string, number>();
  return {
    next(kind, start) {
      const value = values.get(kind) ?? start;
      values.set(kind, value + 1);
      return value;
    },
  };
}
