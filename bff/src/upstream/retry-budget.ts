/**
 * A token bucket that bounds retries to a share of calls: each call earns `ratio` of a token and
 * each retry spends one. Under a brown-out, retries then add at most `ratio` of the traffic
 * (plus the initial `max` tokens) instead of multiplying it.
 *
 * @example const budget = createRetryBudget({ ratio: 0.2, max: 10 }); budget.earn(); budget.trySpend();
 */
export function createRetryBudget({ ratio = 0.2, max = 10 }: { ratio?: number; max?: number } = {}) {
  let tokens = max;
  return {
    earn(): void {
      tokens = Math.min(max, tokens + ratio);
    },
    trySpend(): boolean {
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    get tokens(): number {
      return tokens;
    },
  };
}

export type RetryBudget = ReturnType<typeof createRetryBudget>;
