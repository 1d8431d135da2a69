import type { Tenant } from '../../world/tenants.js';
import type { WorldOrder } from '../../world/types.js';
import type { StoryEvent, TicketEventType } from './story-event.js';

const SECOND = 1000;

/**
 * The helpdesk's side: a ticket is created, its order field filled in, and later its status
 * changed — the Zendesk ticket events an agent's desk would send.
 */
export function ticketTimeline(o: WorldOrder, tenant: Tenant): StoryEvent[] {
  const events: StoryEvent[] = [];
  for (const ticket of o.tickets) {
    const event = (worldAt: number, type: TicketEventType): StoryEvent => ({
      tenant: tenant.id,
      source: 'zendesk',
      worldAt,
      subject: { kind: 'CASE', id: String(ticket.id) },
      orderNumber: o.number,
      situation: null,
      type,
      payload: { kind: 'ticket', type, ticket, orderField: ticket.orderField },
    });
    events.push(event(ticket.createdAt, 'ticket.created'));
    if (ticket.orderField) events.push(event(ticket.createdAt + SECOND, 'ticket.custom_field_changed'));
    if (ticket.status !== 'new' && ticket.updatedAt > ticket.createdAt + SECOND)
      events.push(event(ticket.updatedAt, 'ticket.status_changed'));
  }
  return events;
}
