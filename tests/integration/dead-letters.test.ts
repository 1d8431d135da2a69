import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wmsWebhook } from '../../bff/src/events/normalisers/__fixtures__/webhook-fixtures.js';
import { signWebhook } from '../../bff/src/events/signatures/sign-webhook.js';
import { startStack, type Stack } from '../support/start-stack.js';

describe('dead letters', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const admin = async (path: string, agent: string, method = 'GET') =>
    fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${await stack.tokenFor(agent)}` },
    });
  const postWms = (body: string, extra: Record<string, string> = {}) =>
    fetch(`${stack.url}/events/acme/wms`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        ...signWebhook('wms', stack.env.tenants.acme!.webhookSecrets.wms, body),
        ...extra,
      },
    });
  const listed = async (query = '') =>
    (await (await admin(`/admin/dead-letters${query}`, 'sup-sofia')).json()) as any;

  it('keeps a signed event it cannot map, shows it to supervisors of its tenant only, and replays it on request', async () => {
    const body = JSON.stringify({
      id: `wev-dl-${Date.now()}`,
      type: 'order.teleported',
      occurred_at: Date.now(),
      account: 'acme-eu',
      data: { order_ref: 'WO-DE1-000001', client_order_ref: '0001000001' },
    });
    const posted = await postWms(body);
    expect(posted.status).toBe(202);
    expect(await posted.json()).toMatchObject({ status: 'dead_lettered' });

    expect((await admin('/admin/dead-letters', 'agent-anna')).status).toBe(403);
    expect((await fetch(`${stack.url}/admin/dead-letters`)).status).toBe(401);
    const other = (await (await admin('/admin/dead-letters', 'sup-maria')).json()) as any;
    expect(other.deadLetters).toEqual([]);

    const list = await listed();
    const letter = list.deadLetters.find((l: any) => l.body === body);
    expect(letter).toMatchObject({ source: 'wms', tenant: 'acme', body });

    // The mapping still does not exist: the replay says so and the entry stays for later.
    const replay = await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-sofia', 'POST');
    expect(replay.status).toBe(422);
    expect(JSON.stringify(await replay.json())).toMatch(/UNMAPPABLE/);
    expect((await listed()).deadLetters.map((l: any) => l.id)).toContain(letter.id);
    expect((await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-maria', 'POST')).status).toBe(404);
  });

  it('keeps a redelivered dead letter once, pages the list and shows no signature or token', async () => {
    const id = `wev-dl-once-${Date.now()}`;
    const body = JSON.stringify({
      id,
      type: 'order.teleported',
      occurred_at: Date.now(),
      account: 'acme-eu',
      data: {},
    });
    for (let i = 0; i < 3; i++)
      expect((await postWms(body, { authorization: 'Bearer leaked' })).status).toBe(202);
    // A body whose number is sent as a string fails the wire schema: kept, not refused.
    const invalid = JSON.stringify({
      id: `${id}-x`,
      type: 'order.backordered',
      occurred_at: '1',
      account: 'acme-eu',
      data: {},
    });
    expect(await (await postWms(invalid)).json()).toMatchObject({ status: 'dead_lettered' });

    const all = await listed('?first=200');
    expect(all.deadLetters.filter((l: any) => l.body === body)).toHaveLength(1);
    expect(all.deadLetters.some((l: any) => l.body === invalid)).toBe(true);
    const headers = JSON.stringify(all.deadLetters.map((l: any) => l.headers));
    expect(headers).not.toMatch(/signature|authorization|leaked/i);

    const first = await listed('?first=1');
    expect(first.deadLetters).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await listed(`?first=1&after=${encodeURIComponent(first.pageInfo.endCursor)}`);
    expect(next.deadLetters[0].id).not.toBe(first.deadLetters[0].id);
    expect((await admin('/admin/dead-letters?first=0', 'sup-sofia')).status).toBe(400);
  });

  it('replays an entry that maps now, answering with the ingest outcome and listing it no more', async () => {
    // Kept while its mapping did not exist (as a deployment's older build would have).
    const body = JSON.stringify(wmsWebhook('order.held', {}, { id: `wev-dl-ok-${Date.now()}` }));
    await stack.orderlens.services.sink.deadLetter({
      source: 'wms',
      tenant: 'acme',
      reason: 'unknown WMS event type "order.held"',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const letter = (await listed('?first=200')).deadLetters.find((l: any) => l.body === body);
    const replay = await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-sofia', 'POST');
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ status: 'applied' });
    expect((await listed('?first=200')).deadLetters.map((l: any) => l.id)).not.toContain(letter.id);
    expect((await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-sofia', 'POST')).status).toBe(409);
  });
});
