import type { Situation } from '../story/situations.js';
import { createStoryClock } from '../story/story-clock.js';
import { subjectKey, type StoryEvent } from '../story/story-event.js';
import type { EventIds } from '../wire/event-ids.js';
import { renderEvent, type RenderedWebhook } from '../wire/render-event.js';

/** Carriers stamp whole seconds: a story's events lie at least this far apart, so none tie. */
const MIN_GAP_MS = 1000;

export interface LiveStory {
  situation: Situation;
  orderNumber: string;
  remaining(): number;
  /** The next event, rendered with a fresh id and a real time (never before the one before it). */
  next(nowMs: number): { webhook: RenderedWebhook; event: StoryEvent } | undefined;
}

/**
 * Tells a window of a world order's history on the real clock. `backdateMs` moves the whole story
 * into the past: a receipt nobody credited is only news once the crediting deadline has passed.
 *
 * @example const story = createLiveStory(events, { situation: 'lost', ids, backdateMs: 0, nowMs: Date.now() });
 */
export function createLiveStory(
  events: readonly StoryEvent[],
  options: {
    situation: Situation;
    ids: EventIds;
    backdateMs: number;
    nowMs: number;
    /** When each subject last had an event, across stories: a replay never goes back in time. */
    subjectClock: Map<string, number>;
  },
): LiveStory {
  const clock = createStoryClock({
    worldAt: events[0]?.worldAt ?? 0,
    realAt: options.nowMs - options.backdateMs,
  });
  let position = 0;
  let lastAt = -Infinity;
  return {
    situation: options.situation,
    orderNumber: events[0]?.orderNumber ?? '',
    remaining: () => events.length - position,
    next(nowMs) {
      const event = events[position];
      if (!event) return undefined;
      position++;
      const subject = subjectKey(event.subject);
      const occurredAt = Math.max(
        nowMs - options.backdateMs,
        lastAt + MIN_GAP_MS,
        (options.subjectClock.get(subject) ?? -Infinity) + MIN_GAP_MS,
      );
      lastAt = occurredAt;
      options.subjectClock.set(subject, occurredAt);
      clock.stamp(event, occurredAt);
      const id = options.ids.next(event.source, event.tenant);
      return { event, webhook: renderEvent(event, { id, occurredAt, scanTime: clock.scanTime }) };
    },
  };
}
