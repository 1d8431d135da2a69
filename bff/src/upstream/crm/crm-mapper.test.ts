import { describe, expect, it } from 'vitest';
import { zendeskTicket, zendeskUser } from './__fixtures__/crm-fixtures.js';
import { toCase } from './crm-mapper.js';

/** The fixtures' order field (`crm-fixtures.ts`). */
const FIELD = 360001234567;

describe('toCase', () => {
  it('maps a ticket with its requester, deep link and normalised order number', () => {
    const users = new Map([[9001, zendeskUser()]]);
    expect(toCase(zendeskTicket(), { subdomain: 'acme', orderFieldId: FIELD, users })).toEqual({
      id: '48213',
      subject: 'Where is my order SO-1000123?',
      status: 'OPEN',
      priority: 'HIGH',
      requester: { id: '9001', name: 'Petra Schmidt', email: 'p.schmidt@acme-leipzig.example' },
      channel: 'email',
      createdAt: '2026-11-03T10:15:00.000Z',
      updatedAt: '2026-11-03T12:00:00.000Z',
      url: 'https://acme.zendesk.com/agent/tickets/48213',
      orderReference: 'so 1000123',
      orderNumber: 'SO-1000123',
    });
  });

  it('leaves the requester null when it was not fetched', () => {
    expect(toCase(zendeskTicket(), { subdomain: 'acme', orderFieldId: FIELD }).requester).toBeNull();
  });

  it('keeps an order reference that does not parse, without an order number', () => {
    const mapped = toCase(zendeskTicket({ custom_fields: [{ id: 360001234567, value: 'my last order' }] }), {
      subdomain: 'acme',
      orderFieldId: FIELD,
    });
    expect(mapped.orderReference).toBe('my last order');
    expect(mapped.orderNumber).toBeNull();
    expect(
      toCase(zendeskTicket({ custom_fields: [] }), { subdomain: 'acme', orderFieldId: FIELD }).orderReference,
    ).toBeNull();
  });

  it('falls back safely on unknown status and priority', () => {
    const mapped = toCase(zendeskTicket({ status: 'archived', priority: 'critical' }), {
      subdomain: 'acme',
      orderFieldId: FIELD,
    });
    expect(mapped.status).toBe('OPEN');
    expect(mapped.priority).toBe('NORMAL');
  });

  it('makes no deep link from a subdomain that is not a plain label', () => {
    expect(toCase(zendeskTicket(), { subdomain: 'evil.example/x?', orderFieldId: FIELD }).url).toBeNull();
    expect(
      toCase(zendeskTicket(), { subdomain: 'javascript:alert(1)//', orderFieldId: FIELD }).url,
    ).toBeNull();
  });

  it('reads the order field from a configured field id', () => {
    const ticket = zendeskTicket({ custom_fields: [{ id: 42, value: '#SO-1000777' }] });
    expect(toCase(ticket, { subdomain: 'globex', orderFieldId: 42 }).orderNumber).toBe('SO-1000777');
  });
});
