import type { Ticket } from '../world/types.js';
import { ORDER_FIELD_ID, type ZendeskComment, type ZendeskTicket } from './wire.js';

/** ISO 8601 without milliseconds, as Zendesk writes it. */
const zendeskTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** How the search tokeniser sees an order field value: case, spaces, `#`, `-`, `SO` and leading zeros ignored. */
export function normaliseOrderValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s#-]/g, '')
    .replace(/^so/, '')
    .replace(/^0+/, '');
}

export function toZendeskTicket(t: Ticket, subdomain: string): ZendeskTicket {
  return {
    id: t.id,
    url: `https://${subdomain}.zendesk.com/api/v2/tickets/${t.id}.json`,
    subject: t.subject,
    description: t.description,
    status: t.status,
    priority: t.priority,
    type: t.type,
    requester_id: t.requesterId,
    assignee_id: t.assigneeId,
    created_at: zendeskTime(t.createdAt),
    updated_at: zendeskTime(t.updatedAt),
    tags: [...t.tags],
    via: { channel: t.channel },
    custom_fields: [{ id: ORDER_FIELD_ID, value: t.orderField }],
  };
}

export function toZendeskComments(t: Ticket): ZendeskComment[] {
  return t.comments.map((c) => ({
    id: c.id,
    author_id: c.authorId,
    body: c.body,
    public: c.public,
    created_at: zendeskTime(c.createdAt),
  }));
}
