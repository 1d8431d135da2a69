import { ORDER_FIELD_ID } from '../../crm/wire.js';
import type { TenantId } from '../../world/tenants.js';
import type { StoryPayload } from '../story/story-event.js';
import type { RenderContext } from './render-context.js';
import { isoSeconds } from './wire-time.js';

/** Each tenant's Zendesk account. */
const ACCOUNT_ID: Record<TenantId, number> = { acme: 12514403, globex: 12514471, initech: 12514538 };

/**
 * A Zendesk ticket event (a webhook on an event subscription): `detail` is the ticket after the
 * change, with upper-case enums and ids as strings; `event` says what changed.
 */
export function zendeskWebhook(
  tenant: TenantId,
  payload: Extract<StoryPayload, { kind: 'ticket' }>,
  ctx: RenderContext,
): object {
  const t = payload.ticket;
  const status = payload.type === 'ticket.status_changed' ? t.status : 'new';
  const event =
    payload.type === 'ticket.status_changed'
      ? { current: t.status.toUpperCase(), previous: 'NEW' }
      : payload.type === 'ticket.custom_field_changed'
        ? {
            custom_field: { id: String(ORDER_FIELD_ID), title: 'Order number', type: 'text' },
            current: payload.orderField,
            previous: null,
          }
        : {};
  return {
    type: `zen:event-type:${payload.type}`,
    account_id: ACCOUNT_ID[tenant],
    id: ctx.id,
    time: isoSeconds(ctx.occurredAt),
    zendesk_event_version: '2022-11-06',
    subject: `zen:ticket:${t.id}`,
    detail: {
      actor_id: String(t.assigneeId ?? t.requesterId),
      assignee_id: t.assigneeId === null ? null : String(t.assigneeId),
      created_at: isoSeconds(payload.type === 'ticket.created' ? ctx.occurredAt : t.createdAt),
      description: t.description,
      id: String(t.id),
      is_public: true,
      priority: t.priority?.toUpperCase() ?? null,
      requester_id: String(t.requesterId),
      status: status.toUpperCase(),
      subject: t.subject,
      tags: t.tags,
      type: t.type?.toUpperCase() ?? null,
      updated_at: isoSeconds(ctx.occurredAt),
      via: { channel: t.channel },
    },
    event,
  };
}
