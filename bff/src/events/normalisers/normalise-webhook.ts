import type { WebhookSource } from '../webhook-source.js';
import { normaliseAfterShip } from './normalise-aftership.js';
import { normaliseCloudEvent } from './normalise-cloudevent.js';
import { normaliseEasyPost } from './normalise-easypost.js';
import { normaliseWms } from './normalise-wms.js';
import { normaliseZendesk } from './normalise-zendesk.js';
import type { Normalised, WebhookInput } from './normalised.js';

export interface NormaliseOptions {
  /** Canonical tenant → its WMS account id, which the WMS names in every event. */
  wmsAccounts: Readonly<Record<string, string>>;
  /** The Zendesk ticket field holding the order number. */
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
  switch (source) {
    case 'wms':
      return normaliseWms(
        input,
        Object.hasOwn(options.wmsAccounts, input.tenant) ? options.wmsAccounts[input.tenant] : undefined,
      );
    case 'easypost':
      return normaliseEasyPost(input);
    case 'aftership':
      return normaliseAfterShip(input);
    case 'zendesk':
      return normaliseZendesk(input, options.orderFieldId);
    case 'cloudevents':
      return normaliseCloudEvent(input);
  }
}
