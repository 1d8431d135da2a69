import type { Situation } from '../story/situations.js';
import type { StoryEvent } from '../story/story-event.js';

/**
 * The part of an order's history worth telling live: a little before the situation (so the
 * receiver sees the parcel or order move first), the situation, and what followed, in order. A
 * parcel whose label was created before the window still gets its `shipment.created` first, since
 * the receiver matches scans to orders through it.
 *
 * @example storyWindow(orderTimeline(order), 'lost', { lead: 2, tail: 4 })
 */
export function storyWindow(
  timeline: readonly StoryEvent[],
  situation: Situation,
  options: { lead: number; tail: number },
): StoryEvent[] {
  const key = timeline.findIndex((e) => e.situation === situation);
  if (key < 0) return [];
  const start = Math.max(0, key - options.lead);
  const window = timeline.slice(start, key + options.tail + 1);
  const labelled = new Set(window.filter((e) => e.type === 'shipment.created').map((e) => e.subject.id));
  const result: StoryEvent[] = [];
  for (const event of window) {
    if (event.payload.kind === 'scan' && !labelled.has(event.subject.id)) {
      const label = timeline.find((e) => e.type === 'shipment.created' && e.subject.id === event.subject.id);
      if (label) result.push(label);
      labelled.add(event.subject.id);
    }
    result.push(event);
  }
  return result;
}
