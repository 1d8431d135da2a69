import { z } from 'zod';

/**
 * AfterShip Tracking's webhook body: `{ ts, event, event_id, is_tracking_first_tag, msg: Tracking }`.
 * Only the fields intake reads are listed; AfterShip sends many more and adds fields over time.
 * Estimated delivery moved from `expected_delivery` to `courier_estimated_delivery_date` and then
 * `latest_estimated_delivery` in later API versions; all are read. Every event type (`tracking_update`,
 * `edd_revise`, `tracking_pending_time`) carries the whole Tracking as `msg`.
 */
const checkpoint = z.object({
  checkpoint_time: z.string().nullish(),
  message: z.string().nullish(),
  location: z.string().nullish(),
  city: z.string().nullish(),
  country_iso3: z.string().nullish(),
  tag: z.string().nullish(),
  subtag: z.string().nullish(),
});

const estimate = z.object({ estimated_delivery_date: z.string().nullish() }).nullish();

/** The newest estimate (API 2024-04 on), a date-time or a range; an `edd_revise` revises it. */
const latestEstimate = z
  .object({
    datetime: z.string().nullish(),
    datetime_min: z.string().nullish(),
    datetime_max: z.string().nullish(),
  })
  .nullish();

export const afterShipTracking = z.object({
  tracking_number: z.string().min(1),
  slug: z.string().nullish(),
  tag: z.string().min(1),
  subtag: z.string().nullish(),
  subtag_message: z.string().nullish(),
  expected_delivery: z.string().nullish(),
  courier_estimated_delivery_date: estimate,
  aftership_estimated_delivery_date: estimate,
  latest_estimated_delivery: latestEstimate,
  /** True once any checkpoint says the parcel is going (or went) back to the sender. */
  return_to_sender: z.boolean().nullish(),
  updated_at: z.string().nullish(),
  checkpoints: z.array(checkpoint).default([]),
});

export const afterShipWebhook = z.object({
  event_id: z.string().min(1).max(200),
  event: z.string().min(1),
  // UTC unix seconds of the update.
  ts: z.number().int().nonnegative().optional(),
  msg: z.unknown(),
});

export type AfterShipCheckpoint = z.infer<typeof checkpoint>;
export type AfterShipTracking = z.infer<typeof afterShipTracking>;
