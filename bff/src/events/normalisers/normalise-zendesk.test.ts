import { describe, expect, it } from 'vitest';
import { normaliseZendesk } from './normalise-zendesk.js';
import { zendeskWebhook } from './__fixtures__/webhook-fixtures.js';

const FIELD = 360001234567;
const input = (body: unknown) => ({ tenant: 'acme', headers: new Headers(), body });

describe('normaliseZendesk', () => {
  it('maps a ticket status change to case.updated, with the order number from the subject', () => {
    expect(normaliseZendesk(input(zendeskWebhook()), FIELD)).toEqual({
      kind: 'event',
      event: {
        source: 'zendesk',
        id: '01JBXW3Q9V2T7K8M4N5P6R7S8T',
        tenant: 'acme',
        occurredAt: '2026-11-03T12:00:00.000Z',
        body: {
          type: 'case.updated',
          ticketId: '48213',
          orderNumber: 'SO-1000123',
          status: 'PENDING',
          subject: 'Where is my order SO-1000123?',
        },
      },
    });
  });

  it('takes the order number from the order field when that is what changed', () => {
    const hook = zendeskWebhook(
      { subject: 'Delivery question' },
      {
        type: 'zen:event-type:ticket.custom_field_changed',
        event: {
          custom_field: { id: '360001234567', title: 'Order number', type: 'text' },
          current: 'so 0001000777',
          previous: null,
        },
      },
    );
    const result = normaliseZendesk(input(hook), FIELD);
    expect(result.kind === 'event' && result.event.body).toMatchObject({ orderNumber: 'SO-1000777' });
  });

  it('leaves the order number null when nothing names one', () => {
    const result = normaliseZendesk(
      input(zendeskWebhook({ subject: 'Invoice copy please, ref 1000123' })),
      FIELD,
    );
    expect(result.kind === 'event' && result.event.body).toMatchObject({ orderNumber: null });
  });

  it('maps an unknown ticket status as open, so an agent still sees it', () => {
    const result = normaliseZendesk(input(zendeskWebhook({ status: 'ARCHIVED' })), FIELD);
    expect(result.kind === 'event' && result.event.body).toMatchObject({ status: 'OPEN' });
  });

  it('dead-letters events that are not about tickets', () => {
    expect(
      normaliseZendesk(input(zendeskWebhook({}, { type: 'zen:event-type:user.active_changed' })), FIELD),
    ).toEqual({
      kind: 'unmappable',
      reason: 'Zendesk event "zen:event-type:user.active_changed" is not a ticket event',
    });
  });

  it('says which field is missing or malformed', () => {
    expect(normaliseZendesk(input(zendeskWebhook({ id: 'T-1' })), FIELD)).toEqual({
      kind: 'invalid',
      reason: 'detail.id: must be the ticket id (digits)',
    });
    expect(normaliseZendesk(input(zendeskWebhook({ id: undefined }, { subject: null })), FIELD)).toEqual({
      kind: 'invalid',
      reason: 'detail.id: required when subject is not "zen:ticket:<id>"',
    });
    expect(normaliseZendesk(input(zendeskWebhook({}, { time: 'yesterday' })), FIELD)).toEqual({
      kind: 'invalid',
      reason: 'time: not an ISO 8601 timestamp',
    });
  });

  // Zendesk webhook event schema: `subject` is `zen:ticket:<id>`; `detail` may omit the id.
  it('reads the ticket id from the event subject when the detail lacks it', () => {
    const hook = zendeskWebhook({ id: undefined }, { subject: 'zen:ticket:35436' });
    delete (hook.detail as Record<string, unknown>)['id'];
    const result = normaliseZendesk(input(hook), FIELD);
    expect(result.kind === 'event' && result.event.body).toMatchObject({ ticketId: '35436' });
  });

  it('acknowledges and ignores ticket events that change nothing a case shows, known or new', () => {
    for (const type of ['zen:event-type:ticket.comment_added', 'zen:event-type:ticket.teleported']) {
      expect(normaliseZendesk(input(zendeskWebhook({}, { type })), FIELD)).toEqual({
        kind: 'ignored',
        reason: `Zendesk event "${type}" changes nothing a case shows`,
      });
    }
    const created = zendeskWebhook({ status: 'NEW' }, { type: 'zen:event-type:ticket.created' });
    expect(normaliseZendesk(input(created), FIELD)).toMatchObject({ kind: 'event' });
  });

  // Zendesk's webhook ticket events: `zen:event-type:ticket.soft_deleted`, `.permanently_deleted`,
  // `.merged` (the ticket merged into another) and `.marked_as_spam` carry the ticket in `detail`,
  // its status not one a case has (`DELETED`) or, once gone for good, none.
  it('closes the case of a ticket deleted, merged into another or marked as spam', () => {
    const order = { orderNumber: 'SO-1000123', subject: 'Where is my order SO-1000123?' };
    const gone = [
      ['soft_deleted', { status: 'DELETED' }, order],
      ['permanently_deleted', { status: undefined, subject: undefined }, { orderNumber: null, subject: '' }],
      ['merged', { status: 'CLOSED' }, order],
      ['marked_as_spam', { status: 'OPEN' }, order],
    ] as const;
    for (const [event, detail, expected] of gone) {
      const hook = zendeskWebhook(detail, { type: `zen:event-type:ticket.${event}`, event: {} });
      const result = normaliseZendesk(input(JSON.parse(JSON.stringify(hook))), FIELD);
      expect(result.kind === 'event' && result.event.body, event).toEqual({
        type: 'case.updated',
        ticketId: '48213',
        status: 'CLOSED',
        ...expected,
      });
    }
  });

  it('closes the case of a deleted ticket named only by the event subject', () => {
    const hook = zendeskWebhook(
      { id: undefined },
      { type: 'zen:event-type:ticket.permanently_deleted', subject: 'zen:ticket:35436' },
    );
    const result = normaliseZendesk(input(hook), FIELD);
    expect(result.kind === 'event' && result.event.body).toMatchObject({
      ticketId: '35436',
      status: 'CLOSED',
    });
  });

  it('reopens a restored ticket with the status its detail gives', () => {
    const hook = zendeskWebhook({ status: 'OPEN' }, { type: 'zen:event-type:ticket.undeleted' });
    const result = normaliseZendesk(input(hook), FIELD);
    expect(result.kind === 'event' && result.event.body).toMatchObject({ ticketId: '48213', status: 'OPEN' });
  });
});
