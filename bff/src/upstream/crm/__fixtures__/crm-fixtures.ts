import type { ZendeskTicket, ZendeskUser } from '../crm-wire.js';

/** A realistic Zendesk ticket with the order field set; tests override what they exercise. */
export function zendeskTicket(overrides: Partial<ZendeskTicket> = {}): ZendeskTicket {
  return {
    id: 48213,
    url: 'https://acme.zendesk.com/api/v2/tickets/48213.json',
    subject: 'Where is my order SO-1000123?',
    description: 'Hello, my order has not arrived yet.',
    status: 'open',
    priority: 'high',
    type: 'question',
    requester_id: 9001,
    assignee_id: 77,
    created_at: '2026-11-03T10:15:00Z',
    updated_at: '2026-11-03T12:00:00Z',
    tags: ['wismo'],
    via: { channel: 'email' },
    custom_fields: [
      { id: 360000000001, value: null },
      { id: 360001234567, value: 'so 1000123' },
    ],
    ...overrides,
  };
}

export function zendeskUser(overrides: Partial<ZendeskUser> = {}): ZendeskUser {
  return {
    id: 9001,
    name: 'Petra Schmidt',
    email: 'p.schmidt@acme-leipzig.example',
    phone: null,
    ...overrides,
  };
}
