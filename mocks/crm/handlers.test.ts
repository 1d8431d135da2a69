import { describe, expect, it } from 'vitest';
import { callHandlers } from '../shared/call-handlers.js';
import { getWorld } from '../world/world.js';
import { sampleReferences } from '../world/sample-references.js';
import { createCrmHandlers } from './handlers.js';
import { ORDER_FIELD_ID } from './wire.js';

const BASE = 'http://crm.test/api/v2';
const AS_ACME = { authorization: 'Bearer t', 'x-zendesk-subdomain': 'acme' };
const AS_GLOBEX = { authorization: 'Bearer t', 'x-zendesk-subdomain': 'globex' };
const search = (query: string, extra = '') =>
  `${BASE}/search.json?query=${encodeURIComponent(query)}${extra}`;

describe('CRM tickets', () => {
  it("shows one ticket with the order field, and 404 for another tenant's ticket", async () => {
    const handlers = createCrmHandlers();
    const [s] = sampleReferences('acme', 1);
    const res = await callHandlers(handlers, `${BASE}/tickets/${s!.ticketId}.json`, { headers: AS_ACME });
    expect(res.status).toBe(200);
    expect(res.body.ticket.id).toBe(Number(s!.ticketId));
    expect(res.body.ticket.url).toBe(`https://acme.zendesk.com/api/v2/tickets/${s!.ticketId}.json`);
    expect(res.body.ticket.custom_fields[0].id).toBe(ORDER_FIELD_ID);
    expect(res.body.ticket.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const other = await callHandlers(handlers, `${BASE}/tickets/${s!.ticketId}.json`, { headers: AS_GLOBEX });
    expect(other.status).toBe(404);
    expect(other.body.error).toBe('RecordNotFound');
  });

  it('shows many tickets and users, leaving unknown ids out, and caps at 100 ids', async () => {
    const handlers = createCrmHandlers();
    const tickets = getWorld()
      .orders.filter((o) => o.tenant === 'acme')
      .flatMap((o) => o.tickets)
      .slice(0, 99);
    const ids = [...tickets.map((t) => t.id), 1];
    const res = await callHandlers(handlers, `${BASE}/tickets/show_many.json?ids=${ids.join(',')}`, {
      headers: AS_ACME,
    });
    expect(res.body.tickets).toHaveLength(99);
    const users = await callHandlers(
      handlers,
      `${BASE}/users/show_many.json?ids=${tickets[0]!.requesterId},${tickets[0]!.assigneeId ?? 77}`,
      { headers: AS_ACME },
    );
    expect(users.body.users.length).toBeGreaterThanOrEqual(1);
    expect(users.body.users[0]).toHaveProperty('email');
    const over = await callHandlers(
      handlers,
      `${BASE}/tickets/show_many.json?ids=${[...ids, 2, 3].join(',')}`,
      { headers: AS_ACME },
    );
    expect(over.status).toBe(400);
    expect(over.body).toHaveProperty('description');
    expect(
      (await callHandlers(handlers, `${BASE}/tickets/show_many.json?ids=a,b`, { headers: AS_ACME })).status,
    ).toBe(400);
  });

  it('lists comments of a ticket', async () => {
    const handlers = createCrmHandlers();
    const [s] = sampleReferences('globex', 1);
    const res = await callHandlers(handlers, `${BASE}/tickets/${s!.ticketId}/comments.json`, {
      headers: AS_GLOBEX,
    });
    expect(res.body.comments.length).toBeGreaterThanOrEqual(1);
    expect(res.body.comments[0]).toMatchObject({ public: true, body: expect.any(String) });
  });
});

describe('CRM search', () => {
  const order = () => getWorld().orderByNumber.get(sampleReferences('acme', 1)[0]!.erpOrderNumber)!;

  it('matches the order field however it was typed', async () => {
    const handlers = createCrmHandlers();
    const o = order();
    const digits = o.number.slice(3);
    const withField = o.tickets
      .filter((t) => t.orderField !== null)
      .map((t) => t.id)
      .sort();
    for (const value of [
      o.number,
      `so${digits}`,
      `"SO ${digits}"`,
      digits,
      `#${o.number}`,
      `SO-000${digits}`,
    ]) {
      const res = await callHandlers(
        handlers,
        search(`type:ticket custom_field_${ORDER_FIELD_ID}:${value}`),
        { headers: AS_ACME },
      );
      expect(res.status, value).toBe(200);
      expect(res.body.results.map((t: any) => t.id).sort(), value).toEqual(withField);
      expect(res.body.results[0].result_type).toBe('ticket');
    }
  });

  it('ORs several order-field terms', async () => {
    const handlers = createCrmHandlers();
    const [a, b] = sampleReferences('acme', 2);
    const q = `type:ticket custom_field_${ORDER_FIELD_ID}:${a!.erpOrderNumber} custom_field_${ORDER_FIELD_ID}:${b!.erpOrderNumber}`;
    const res = await callHandlers(handlers, search(q), { headers: AS_ACME });
    const ids = res.body.results.map((t: any) => String(t.id));
    expect(ids).toContain(a!.ticketId);
    expect(ids).toContain(b!.ticketId);
  });

  it('finds tickets without an order field by requester email', async () => {
    const handlers = createCrmHandlers();
    const o = getWorld().orders.find(
      (x) => x.tenant === 'globex' && x.tickets.some((t) => t.orderField === null),
    )!;
    const ticket = o.tickets.find((t) => t.orderField === null)!;
    const res = await callHandlers(handlers, search(`type:ticket requester:${o.customer.requesterEmail}`), {
      headers: AS_GLOBEX,
    });
    expect(res.body.results.map((t: any) => t.id)).toContain(ticket.id);
    const solved = await callHandlers(
      handlers,
      search(`requester:${o.customer.requesterEmail} status:solved`),
      { headers: AS_GLOBEX },
    );
    expect(solved.body.results.every((t: any) => t.status === 'solved')).toBe(true);
  });

  it('sideloads requesters and assignees with include=users', async () => {
    const handlers = createCrmHandlers();
    const [s] = sampleReferences('acme', 1);
    const res = await callHandlers(
      handlers,
      search(`type:ticket custom_field_${ORDER_FIELD_ID}:${s!.erpOrderNumber}`, '&include=tickets(users)'),
      { headers: AS_ACME },
    );
    const requesters = new Set(res.body.results.map((t: any) => t.requester_id));
    expect(res.body.users.filter((u: any) => requesters.has(u.id))).toHaveLength(requesters.size);
    const plain = await callHandlers(handlers, `${BASE}/tickets/show_many.json?ids=${s!.ticketId}`, {
      headers: AS_ACME,
    });
    expect(plain.body).not.toHaveProperty('users');
    const withUsers = await callHandlers(
      handlers,
      `${BASE}/tickets/show_many.json?ids=${s!.ticketId}&include=users`,
      { headers: AS_ACME },
    );
    expect(withUsers.body.users.map((u: any) => u.id)).toContain(withUsers.body.tickets[0].requester_id);
  });

  it('pages with next_page', async () => {
    const handlers = createCrmHandlers();
    const res = await callHandlers(handlers, search('type:ticket status:open', '&per_page=10'), {
      headers: AS_ACME,
    });
    expect(res.body.results).toHaveLength(10);
    expect(res.body.count).toBeGreaterThan(10);
    expect(res.body.next_page).toContain('page=2');
  });

  it('answers 400 for unsupported terms and 401 without Authorization', async () => {
    const handlers = createCrmHandlers();
    for (const q of ['', 'hello', 'type:user', 'status:lost', 'assignee:me']) {
      expect((await callHandlers(handlers, search(q), { headers: AS_ACME })).status, q).toBe(400);
    }
    expect(
      (await callHandlers(handlers, search('type:ticket'), { headers: { 'x-zendesk-subdomain': 'acme' } }))
        .status,
    ).toBe(401);
    expect(
      (
        await callHandlers(handlers, search('type:ticket'), {
          headers: { authorization: 'x', 'x-zendesk-subdomain': 'nope' },
        })
      ).status,
    ).toBe(404);
  });
});
