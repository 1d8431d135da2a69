import { z } from 'zod';

/** Our CloudEvents' `type` is the canonical event type under this prefix: `orderlens.wms.short_pick`. */
export const CLOUDEVENT_TYPE_PREFIX = 'orderlens.';

export const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json';

/** The JSON batch format: a JSON array of structured-mode events (JSON format §4). */
export const BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';

/**
 * Producers name their events' sources freely (`/erp/acme`, or `wms`). Under this prefix they can
 * never share a built-in source's dedupe keys and evidence: a CloudEvent with `source: "wms"` is
 * `cloudevents:wms`, not the WMS.
 */
export const CLOUDEVENT_SOURCE_PREFIX = 'cloudevents:';

/**
 * CloudEvents 1.0 context attributes. `time` is optional, as in the spec; an event without one is
 * placed at its arrival (see `normaliseCloudEvent`).
 */
export const cloudEventAttributes = z.object({
  specversion: z.literal('1.0', { errorMap: () => ({ message: 'must be "1.0"' }) }),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  time: z.string().datetime({ offset: true }).optional(),
  subject: z.string().optional(),
  datacontenttype: z.string().optional(),
  dataschema: z.string().optional(),
});

/**
 * Structured mode: the attributes and `data` (or `data_base64`, never both) in one JSON object.
 * The JSON format says an attribute whose value is `null` is absent; `withoutNulls` does that first.
 */
export const structuredCloudEvent = cloudEventAttributes
  .extend({
    data: z.unknown().optional(),
    data_base64: z.string().base64({ message: 'must be base64' }).optional(),
  })
  .refine((e) => e.data === undefined || e.data_base64 === undefined, {
    message: 'data and data_base64 are exclusive: send one',
    path: ['data_base64'],
  });

/** A structured event's top-level members, with `null` ones left out (JSON format: null is absent). */
export function withoutNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

export type CloudEventAttributes = z.infer<typeof cloudEventAttributes>;

/** Binary mode: the attributes from `ce-*` headers, named without the prefix. */
export function binaryAttributes(headers: Headers): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of headers.entries()) {
    if (name.startsWith('ce-')) attributes[name.slice(3)] = value;
  }
  const contentType = headers.get('content-type');
  if (contentType !== null) attributes['datacontenttype'] = contentType;
  return attributes;
}

/** The media type of a content type, lower-cased without parameters: `application/json`. */
export function mediaType(value: string | null | undefined): string {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** `application/json`, `application/json; charset=utf-8`, `application/foo+json`; absent means JSON. */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return true;
  const media = mediaType(value);
  return media === 'application/json' || /^application\/[\w.+-]+\+json$/.test(media);
}
