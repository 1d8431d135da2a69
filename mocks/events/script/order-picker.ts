import type { Prng } from '../../world/prng.js';
import type { TenantId } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import type { World } from '../../world/world.js';
import { SITUATIONS, situationsOf } from '../story/situations.js';

/**
 * World orders in a seeded order: three in five from those whose history holds a situation, taking
 * the situations in turn so rare ones (a damaged parcel) are as likely to appear as common ones. A
 * parcel left at a pickup point after a failed attempt is left out: whether that attempt still
 * needs an agent is a judgement, not a fact a run can be checked against.
 */
export function orderPicker(
  world: World,
  tenants: readonly TenantId[],
  rng: Prng,
): () => WorldOrder | undefined {
  const shuffled = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  };
  const usable = world.orders.filter(
    (o) =>
      tenants.includes(o.tenant) &&
      o.wms !== null &&
      !o.wms.shipments.some(
        (s) => s.outcome === 'available_for_pickup' || s.tracking.some((e) => e.milestone === 'pickup_point'),
      ),
  );
  const plain = shuffled(usable.filter((o) => situationsOf(o).size === 0));
  const pools = SITUATIONS.map((s) => shuffled(usable.filter((o) => situationsOf(o).has(s))));
  const used = new Set<WorldOrder>();
  let turn = 0;
  const eventful = (): WorldOrder | undefined => {
    for (let tries = 0; tries < pools.length; tries++) {
      const pool = pools[turn++ % pools.length]!;
      while (pool.length > 0 && used.has(pool[pool.length - 1]!)) pool.pop();
      const order = pool.pop();
      if (order) return order;
    }
    return undefined;
  };
  return () => {
    const order = rng.chance(0.6) ? (eventful() ?? plain.pop()) : (plain.pop() ?? eventful());
    if (order) used.add(order);
    return order;
  };
}
