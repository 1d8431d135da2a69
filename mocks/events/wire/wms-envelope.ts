import { TENANTS } from '../../world/tenants.js';
import type { StoryEvent, StoryPayload } from '../story/story-event.js';
import type { RenderContext } from './render-context.js';

/**
 * A WMS webhook as WIRE.md ("WMS webhooks") defines it: `{ id, type, occurred_at, account, data }`,
 * times in epoch milliseconds. A ship-by moves with the event, so it stays as far ahead as it was.
 */
export function wmsEnvelope(
  event: StoryEvent,
  payload: Extract<StoryPayload, { kind: 'wms' }>,
  ctx: RenderContext,
): object {
  const account = TENANTS.find((t) => t.id === event.tenant)?.wmsAccount ?? event.tenant;
  const data =
    payload.shipByOffsetMs === undefined
      ? payload.data
      : {
          ...payload.data,
          ship_by: payload.shipByOffsetMs === null ? null : ctx.occurredAt + payload.shipByOffsetMs,
        };
  return { id: ctx.id, type: payload.type, occurred_at: ctx.occurredAt, account, data };
}
