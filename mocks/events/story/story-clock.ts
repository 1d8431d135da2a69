import type { Shipment } from '../../world/types.js';
import type { StoryEvent } from './story-event.js';

/** Real times for a story's events, so a carrier's resent history agrees with what was sent. */
export interface StoryClock {
  /** Records that `event` happens at `realAt` (epoch ms). */
  stamp(event: StoryEvent, realAt: number): void;
  /** When a parcel's scan happened: as stamped, or — for a scan before the story — as far before
   * the story's start as it was in the world. */
  scanTime(trackingNumber: string, index: number): number;
}

/**
 * A clock for one story, anchored where its first event is told.
 *
 * @example const clock = createStoryClock({ worldAt: events[0].worldAt, realAt: Date.now() });
 */
export function createStoryClock(anchor: { worldAt: number; realAt: number }): StoryClock {
  const stamped = new Map<string, number>();
  const shipments = new Map<string, Shipment>();
  return {
    stamp(event, realAt) {
      if (event.payload.kind !== 'scan') return;
      const { shipment, index } = event.payload;
      shipments.set(event.subject.id, shipment);
      stamped.set(`${event.subject.id}#${index}`, realAt);
    },
    scanTime(trackingNumber, index) {
      const at = stamped.get(`${trackingNumber}#${index}`);
      if (at !== undefined) return at;
      const worldAt = shipments.get(trackingNumber)?.tracking[index]?.ts ?? anchor.worldAt;
      return anchor.realAt - Math.max(0, anchor.worldAt - worldAt);
    },
  };
}
