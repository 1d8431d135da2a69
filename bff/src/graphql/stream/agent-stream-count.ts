import type { Viewer } from '../../auth/viewer.js';

/** Who holds a stream: an agent of a tenant (ids are unique within a tenant only). */
export const streamOwner = (viewer: Viewer): string => `${viewer.tenant}\n${viewer.id}`;

/**
 * The streams each agent holds, reserved and distinct together, so one token cannot open
 * thousands. The count is this process's only: in the scaled mode each replica counts its own, so
 * an agent may hold replicas × `max` (decision 0010), a bound on a flood rather than a quota.
 * @example const count = createAgentStreamCount({ max: 50 }); if (!count.hold(owner)) return tooMany(c);
 */
export function createAgentStreamCount(options: { max: number }) {
  const held = new Map<string, number>();
  return {
    /** Takes a place for `owner`; false when they hold `max` already. */
    hold(owner: string): boolean {
      const count = held.get(owner) ?? 0;
      if (count >= options.max) return false;
      held.set(owner, count + 1);
      return true;
    },
    /** Gives back a place taken by `hold`. */
    letGo(owner: string): void {
      const count = (held.get(owner) ?? 1) - 1;
      if (count > 0) held.set(owner, count);
      else held.delete(owner);
    },
  };
}

export type AgentStreamCount = ReturnType<typeof createAgentStreamCount>;
