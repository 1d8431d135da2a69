import type { TenantId } from '../../world/tenants.js';
import type { SimulatorSource } from '../signing/sources.js';
import type { StoryEvent } from '../story/story-event.js';
import { afterShipWebhook } from './aftership-webhook.js';
import { easyPostEvent } from './easypost-event.js';
import type { RenderContext } from './render-context.js';
import { wmsEnvelope } from './wms-envelope.js';
import { zendeskWebhook } from './zendesk-webhook.js';

/** A webhook ready to sign and send: the exact body bytes, and where it goes. */
export interface RenderedWebhook {
  tenant: TenantId;
  source: SimulatorSource;
  /** `source:id`, the receiver's dedupe key (its evidence key too). */
  eventKey: string;
  body: string;
}

/**
 * Turns a story event into the body its sender would POST, with the given id and time.
 *
 * @example renderEvent(event, { id: 'evt_…', occurredAt: Date.now(), scanTime }).body
 */
export function renderEvent(event: StoryEvent, ctx: RenderContext): RenderedWebhook {
  const p = event.payload;
  const wire =
    p.kind === 'wms'
      ? wmsEnvelope(event, p, ctx)
      : p.kind === 'ticket'
        ? zendeskWebhook(event.tenant, p, ctx)
        : event.source === 'easypost'
          ? easyPostEvent(p.shipment, p.index, ctx)
          : afterShipWebhook(p.shipment, p.index, ctx);
  return {
    tenant: event.tenant,
    source: event.source,
    eventKey: `${event.source}:${ctx.id}`,
    body: JSON.stringify(wire),
  };
}
