import { HOUR } from '../../world/clock.js';
import type { TenantId } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import { orderTimeline } from '../story/order-timeline.js';
import { SITUATIONS, type Situation } from '../story/situations.js';
import { createEventIds } from '../wire/event-ids.js';
import { createLiveStory, type LiveStory } from './live-story.js';
import { createStoryPools } from './story-pools.js';
import { storyWindow } from './story-window.js';

/**
 * How much of the history around a situation to tell. A receipt is told alone (and in the past);
 * an address problem ends its story, since the parcel's next run would settle it at once.
 */
function windowFor(situation: Situation): { lead: number; tail: number } {
  if (situation === 'return_not_credited') return { lead: 0, tail: 3 };
  if (situation === 'address_problem') return { lead: 2, tail: 0 };
  return { lead: 1, tail: 3 };
}

export interface StoryRotation {
  /** The next story, taking situations and tenants in turn; none about an order in `busy`. */
  start(nowMs: number, busy: ReadonlySet<string>): LiveStory | undefined;
}

/**
 * Deals out stories: each situation for each tenant in turn, each about the next world order whose
 * history has it, told from a step before the situation to a few after.
 *
 * @example createStoryRotation({ orders, tenants: ['acme'], random: Math.random, creditHours: 72 }).start(Date.now(), new Set())
 */
export function createStoryRotation(options: {
  orders: readonly WorldOrder[];
  tenants: readonly TenantId[];
  random: () => number;
  /** The receiver's crediting deadline, for all tenants alike or per tenant. */
  creditHours: number | ((tenant: TenantId) => number);
}): StoryRotation {
  const pools = createStoryPools(options.orders, options.random);
  // Ids must not repeat across runs: the receiver remembers every event it has stored.
  const ids = createEventIds({ random: options.random, run: Date.now().toString(36) });
  const pairs = SITUATIONS.flatMap((s) => options.tenants.map((t) => [s, t] as const));
  // When each subject last had an event, across stories: a replay never goes back in time.
  const subjectClock = new Map<string, number>();
  let cursor = 0;
  return {
    start(nowMs, busy) {
      for (let tries = 0; tries < pairs.length; tries++) {
        const [situation, tenant] = pairs[cursor++ % pairs.length]!;
        // Two stories about one order at once would interleave its history.
        let order = pools.next(situation, tenant);
        for (let i = 0; i < 3 && order && busy.has(order.number); i++) order = pools.next(situation, tenant);
        if (!order || busy.has(order.number)) continue;
        // A receipt is news only once the crediting deadline has passed: that story is told in the past.
        const uncredited = situation === 'return_not_credited';
        const window = storyWindow(orderTimeline(order), situation, windowFor(situation));
        if (window.length === 0) continue;
        const creditHours =
          typeof options.creditHours === 'number' ? options.creditHours : options.creditHours(tenant);
        const backdateMs = uncredited ? (creditHours + 1) * HOUR : 0;
        return createLiveStory(window, { situation, ids, backdateMs, nowMs, subjectClock });
      }
      return undefined;
    },
  };
}
