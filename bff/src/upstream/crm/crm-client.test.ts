import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../domain/model.js';
import { startLoopbackServer, type Route } from '../__fixtures__/loopback-server.js';
import { createCrmClient } from './crm-client.js';
import { zendeskTicket, zendeskUser } from './__fixtures__/crm-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function setup(routes: Record<string, Route>) {
  const server = await startLoopbackServer(routes);
  const crm = createCrmClient({
    baseUrl: server.url,
    email: 'bot@orderlens.example',
    apiToken: 'tok',
    timeoutMs: 1000,
    helpdesks: {
      acme: { subdomain: 'acme', orderNumberFieldId: 360001234567, customerNumberFieldId: null },
      globex: { subdomain: 'globex', orderNumberFieldId: 360001234567, customerNumberFieldId: null },
    },
  });
  cleanups.push(server.close, crm.close);
  return { server, crm };
}

const ids = (cases: (Case[] | null | Error)[]) =>
  cases.map((c) => (Array.isArray(c) ? c.map((x) => x.id) : c));

describe('createCrmClient', () => {
  it('resolves tickets by id with one show_many call, requesters sideloaded', async () => {
    const { server, crm } = await setup({
      'GET /api/v2/tickets/show_many.json': () => ({
        body: {
          tickets: [
            zendeskTicket({ id: 2, requester_id: 9002 }),
            zendeskTicket({ id: 1, requester_id: 9001 }),
          ],
          users: [zendeskUser({ id: 9001, name: 'User 9001' }), zendeskUser({ id: 9002, name: 'User 9002' })],
        },
      }),
    });
    const result = await crm.casesByIds('globex', ['1', '404', '2', 'abc']);
    expect(result.map((c) => (c instanceof Error ? 'error' : (c?.requester?.name ?? null)))).toEqual([
      'User 9001',
      null,
      'User 9002',
      null,
    ]);
    expect(server.requests.map((r) => [r.path, r.query.get('ids'), r.query.get('include')])).toEqual([
      ['/api/v2/tickets/show_many.json', '1,404,2', 'users'],
    ]);
    const auth = server.requests[0]?.headers.authorization ?? '';
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString()).toBe(
      'bot@orderlens.example/token:tok',
    );
    expect(server.requests[0]?.headers['x-zendesk-subdomain']).toBe('globex');
    expect((result[0] as Case).url).toBe('https://globex.zendesk.com/agent/tickets/1');
  });

  it('finds cases for a batch of order numbers with one ORed search and groups them by order', async () => {
    const field = (value: string) => [{ id: 360001234567, value }];
    const { server, crm } = await setup({
      'GET /api/v2/search.json': (req) =>
        req.query.get('page') === '1'
          ? {
              body: {
                results: [
                  zendeskTicket({ id: 1, custom_fields: field('so1000001') }),
                  zendeskTicket({ id: 2, custom_fields: field('#SO-1000002') }),
                ],
                next_page: 'https://acme.zendesk.com/api/v2/search.json?page=2',
                count: 3,
              },
            }
          : {
              body: {
                results: [zendeskTicket({ id: 3, custom_fields: field('0001000001') })],
                next_page: null,
                count: 3,
              },
            },
    });
    const result = await crm.casesByOrderNumbers('acme', ['SO-1000001', 'SO-1000002', 'SO-1000009', 'junk']);
    expect(ids(result)).toEqual([['1', '3'], ['2'], [], []]);
    const searches = server.requests.filter((r) => r.path === '/api/v2/search.json');
    expect(searches).toHaveLength(2);
    expect(searches[0]?.query.get('query')).toBe(
      'type:ticket custom_field_360001234567:SO-1000001 custom_field_360001234567:SO-1000002 custom_field_360001234567:SO-1000009',
    );
    expect(searches.map((r) => r.query.get('include'))).toEqual(['tickets(users)', 'tickets(users)']);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps cases without their requester when none is sideloaded', async () => {
    const { crm } = await setup({
      'GET /api/v2/tickets/show_many.json': () => ({ body: { tickets: [zendeskTicket({ id: 7 })] } }),
    });
    const [found] = await crm.casesByIds('acme', ['7']);
    expect(found).toMatchObject({ id: '7', requester: null });
  });
});
