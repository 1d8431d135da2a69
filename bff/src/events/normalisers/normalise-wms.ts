import {
  invalid,
  normalisedEvent,
  quoted,
  unmappable,
  zodReason,
  type Normalised,
  type WebhookInput,
} from './normalised.js';
import { isoFromMillis } from './wire-time.js';
import { WMS_EVENT_MAPPERS } from './wms-event-mappers.js';
import { isWmsEventType, wmsEnvelope } from './wms-webhook-wire.js';

/**
 * Maps a WMS webhook to a canonical event. `wmsAccount` is the tenant's WMS account: the envelope
 * names its account, and an event for another tenant's account is refused, never filed under this one.
 *
 * @example normaliseWms({ tenant: 'acme', headers, body }, 'acme-eu') // { kind: 'event', event }
 */
export function normaliseWms(input: WebhookInput, wmsAccount: string | undefined): Normalised {
  const envelope = wmsEnvelope.safeParse(input.body);
  if (!envelope.success) return invalid(zodReason(envelope.error));
  const { id, type, occurred_at: occurredAtMs, account, data } = envelope.data;
  if (account !== wmsAccount)
    return invalid(`account: ${quoted(account)} is not tenant ${quoted(input.tenant)}'s WMS account`);
  const occurredAt = isoFromMillis(occurredAtMs);
  if (occurredAt === null) return invalid('occurred_at: not an epoch timestamp in milliseconds');
  if (!isWmsEventType(type)) return unmappable(`unknown WMS event type ${quoted(type)}`);

  const body = WMS_EVENT_MAPPERS[type](data);
  if ('kind' in body) return body;
  return normalisedEvent({ source: 'wms', id, tenant: input.tenant, occurredAt, body });
}
