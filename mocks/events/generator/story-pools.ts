import type { TenantId } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import { hasSituation, SITUATIONS, type Situation } from '../story/situations.js';

export interface StoryPools {
  /** The next order of the tenant whose history has the situation; round and round. */
  next(situation: Situation, tenant: TenantId): WorldOrder | undefined;
}

/**
 * The world's orders grouped by the situations in their history, per tenant, each group in its own
 * shuffled order, so consecutive stories of one kind are about different orders (an exception
 * already open for an order would not be raised again).
 *
 * @example createStoryPools(getWorld().orders, Math.random).next('lost', 'acme')?.number
 */
export function createStoryPools(orders: readonly WorldOrder[], random: () => number): StoryPools {
  const pools = new Map<string, { orders: WorldOrder[]; cursor: number }>();
  for (const o of orders) {
    for (const situation of SITUATIONS) {
      if (!hasSituation(o, situation)) continue;
      const key = `${situation}|${o.tenant}`;
      const pool = pools.get(key) ?? { orders: [], cursor: 0 };
      pool.orders.push(o);
      pools.set(key, pool);
    }
  }
  for (const pool of pools.values()) {
    for (let i = pool.orders.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool.orders[i], pool.orders[j]] = [pool.orders[j]!, pool.orders[i]!];
    }
  }
  return {
    next(situation, tenant) {
      const pool = pools.get(`${situation}|${tenant}`);
      if (!pool || pool.orders.length === 0) return undefined;
      const order = pool.orders[pool.cursor % pool.orders.length];
      pool.cursor++;
      return order;
    },
  };
}
