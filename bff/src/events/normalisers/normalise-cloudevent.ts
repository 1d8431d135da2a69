import {
  CLOUDEVENT_SOURCE_PREFIX,
  CLOUDEVENT_TYPE_PREFIX,
  STRUCTURED_CONTENT_TYPE,
  binaryAttributes,
  cloudEventAttributes,
  isJsonContentType,
  mediaType,
  structuredCloudEvent,
  withoutNulls,
} from './cloudevent-wire.js';
import type { CloudEventAttributes } from './cloudevent-wire.js';
import { EVENT_TYPES, eventBodySchema } from './event-body-schema.js';
import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromText } from './wire-time.js';

/**
 * Maps a CloudEvent 1.0 carrying a canonical event body as `data`, in structured mode
 * (`application/cloudevents+json`, `data` or `data_base64`) or binary mode (`ce-*` headers, the
 * data as the body); both modes of one event give the same canonical event. `source` and `id`
 * become the event's identity, as the spec intends, with `source` under `cloudevents:` so a
 * producer cannot pass for a built-in source. An event without `time` is placed at its arrival.
 * A batch (`application/cloudevents-batch+json`) is split by `cloudEventBatch` first.
 *
 * @example normaliseCloudEvent({ tenant, headers, body }).event.source // 'cloudevents:/erp/acme'
 */
export function normaliseCloudEvent(input: WebhookInput): Normalised {
  const contentType = mediaType(input.headers.get('content-type'));
  let attributes: CloudEventAttributes;
  let data: unknown;
  if (contentType === STRUCTURED_CONTENT_TYPE) {
    const parsed = structuredCloudEvent.safeParse(withoutNulls(input.body));
    if (!parsed.success) return invalid(zodReason(parsed.error));
    const { data: inline, data_base64: encoded, ...rest } = parsed.data;
    attributes = rest;
    if (encoded !== undefined) {
      if (!isJsonContentType(attributes.datacontenttype))
        return invalid('datacontenttype: data must be JSON');
      const decoded = jsonFromBase64(encoded);
      if (decoded === undefined) return invalid('data_base64: not base64 of JSON text');
      data = decoded;
    } else data = inline;
  } else if (input.headers.has('ce-specversion')) {
    const parsed = cloudEventAttributes.safeParse(binaryAttributes(input.headers));
    if (!parsed.success) return invalid(zodReason(parsed.error).replace(/^(\w+):/, 'ce-$1:'));
    attributes = parsed.data;
    data = input.body;
  } else {
    return invalid(`not a CloudEvent: send ${STRUCTURED_CONTENT_TYPE}, or ce-* headers in binary mode`);
  }
  if (!isJsonContentType(attributes.datacontenttype)) return invalid('datacontenttype: data must be JSON');
  return toEvent(input, attributes, data);
}

function toEvent(input: WebhookInput, attributes: CloudEventAttributes, data: unknown): Normalised {
  const type = attributes.type.startsWith(CLOUDEVENT_TYPE_PREFIX)
    ? attributes.type.slice(CLOUDEVENT_TYPE_PREFIX.length)
    : null;
  if (type === null || !EVENT_TYPES.includes(type))
    return unmappable(`unknown CloudEvent type ${quoted(attributes.type)}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return invalid('data: must be a JSON object');
  const declared = (data as { type?: unknown }).type;
  if (declared !== undefined && declared !== type)
    return invalid(`data.type: ${quoted(declared)} contradicts type ${quoted(attributes.type)}`);

  const body = eventBodySchema.safeParse({ ...data, type });
  if (!body.success) return invalid(zodReason(body.error, ['data']));
  const occurredAt =
    attributes.time !== undefined ? isoFromText(attributes.time) : isoFromText(input.receivedAt ?? '');
  if (occurredAt === null)
    return invalid(
      attributes.time !== undefined ? 'time: not an RFC 3339 timestamp' : 'time: absent, and no arrival time',
    );
  return normalisedEvent({
    source: `${CLOUDEVENT_SOURCE_PREFIX}${attributes.source}`,
    id: attributes.id,
    tenant: input.tenant,
    occurredAt,
    body: body.data,
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `data_base64` holding JSON text (its `datacontenttype` says JSON), parsed; undefined if it is not. */
function jsonFromBase64(encoded: string): unknown {
  try {
    return JSON.parse(UTF8.decode(Buffer.from(encoded, 'base64'))) as unknown;
  } catch {
    return undefined;
  }
}
