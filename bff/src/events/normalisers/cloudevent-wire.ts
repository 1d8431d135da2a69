import { z } from 'zod';

/** Our CloudEvents' `type` is the canonical event type under this prefix: `orderlens.wms.short_pick`. */
export const CLOUDEVENT_TYPE_PREFIX = 'orderlens.';

export const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json';

/**
 * CloudEvents 1.0 context attributes. `time` is optional in the spec but required here: events are
 * ordered by when they happened, and an event without a time could not be placed.
 */
export const cloudEventAttributes = z.object({
  specversion: z.literal('1.0', { errorMap: () => ({ message: 'must be "1.0"' }) }),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  time: z.string({ required_error: 'required: events are ordered by it' }).datetime({ offset: true }),
  subject: z.string().optional(),
  datacontenttype: z.string().optional(),
});

/** Structured mode: the attributes and `data` in one JSON body. */
export const structuredCloudEvent = cloudEventAttributes.extend({
  data: z.unknown().optional(),
  data_base64: z.string().optional(),
});

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

/** `application/json`, `application/json; charset=utf-8`, `application/foo+json`; absent means JSON. */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return true;
  const media = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || /^application\/[\w.+-]+\+json$/.test(media);
}
