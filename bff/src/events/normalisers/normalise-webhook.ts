import type { WebhookSource } from '../webhook-source.js';
import { normaliseAfterShip } from './normalise-aftership.js';
import { normaliseCloudEvent } from './normalise-cloudevent.js';
import { normaliseEasyPost } from './normalise-easypost.js';
import { normaliseWms } from './normalise-wms.js';
import { normaliseZendesk } from './normalise-zendesk.js';
import type { Normalised, WebhookInput } from './normalised.js';

export interface NormaliseOptions {
  /** Canonical tenant → how its events are read (from the tenants file). */
  tenants: Readonly<Record<string, NormaliseTenant>>;
}

export interface NormaliseTenant {
  /** The tenant's WMS account id, which the WMS names in every event. */
  wmsAccount: string;
  /** The tenant's Zendesk ticket field holding the order number. */
  orderFieldId: number;
}

/**
 * Maps a verified webhook of any source to a canonical event. Intake calls it after checking the
 * signature; a dead-letter replay calls it again on the stored headers and body.
 *
 * @example normaliseWebhook('aftership', { tenant: 'acme', headers, body: JSON.parse(raw) }, options)
 */
export function normaliseWebhook(
  source: WebhookSource,
  input: WebhookInput,
  options: NormaliseOptions,
): Normalised {
  const tenant = Object.hasOwn(options.tenants, input.tenant) ? options.tenants[input.tenant] : undefined;
  if (tenant === undefined)
    return { kind: 'unmappable', reason: `tenant "${input.tenant}" is not configured` };
  switch (source) {
    case 'wms':
      return normaliseWms(input, tenant.wmsAccount);
    case 'easypost':
      return normaliseEasyPost(input);
    case 'aftership':
      return normaliseAfterShip(input);
    case 'zendesk':
      return normaliseZendesk(input, tenant.orderFieldId);
    case 'cloudevents':
      return normaliseCloudEvent(input);
  }
}
