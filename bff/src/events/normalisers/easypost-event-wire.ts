import { z } from 'zod';

/**
 * EasyPost's Event object as its webhooks POST it: `{ id: "evt_…", object: "Event", description:
 * "tracker.updated", result: Tracker, … }`. Only the fields intake reads are listed; EasyPost sends
 * more (mode, previous_attributes, pending_urls, …) and adds fields over time.
 */
const trackingLocation = z
  .object({
    city: z.string().nullish(),
    state: z.string().nullish(),
    country: z.string().nullish(),
    zip: z.string().nullish(),
  })
  .nullish();

const trackingDetail = z.object({
  message: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string().nullish(),
  status_detail: z.string().nullish(),
  datetime: z.string().nullish(),
  tracking_location: trackingLocation,
});

export const easyPostTracker = z.object({
  id: z.string().nullish(),
  object: z.literal('Tracker').optional(),
  tracking_code: z.string().min(1),
  status: z.string().min(1),
  status_detail: z.string().nullish(),
  carrier: z.string().nullish(),
  est_delivery_date: z.string().nullish(),
  updated_at: z.string().nullish(),
  tracking_details: z.array(trackingDetail).default([]),
});

export const easyPostEvent = z.object({
  id: z.string().min(1).max(200),
  object: z.literal('Event'),
  description: z.string().min(1),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  // Validated per description: only tracker events carry a Tracker.
  result: z.unknown(),
});

export type EasyPostTracker = z.infer<typeof easyPostTracker>;
export type EasyPostTrackingDetail = z.infer<typeof trackingDetail>;
