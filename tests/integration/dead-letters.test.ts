import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_WEBHOOK_SECRETS } from '../../bff/src/env.js';
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

  it('keeps a signed event it cannot map, shows it to supervisors of its tenant only, and replays it on request', async () => {
    const body = JSON.stringify({
      id: `wev-dl-${Date.now()}`,
      type: 'order.teleported',
      occurred_at: Date.now(),
      account: 'acme-eu',
      data: { order_ref: 'WO-DE1-000001', client_order_ref: '0001000001' },
    });
    const posted = await fetch(`${stack.url}/events/acme/wms`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        ...signWebhook('wms', EMBEDDED_WEBHOOK_SECRETS.wms, body),
      },
    });
    expect(posted.status).toBe(202);
    expect(await posted.json()).toMatchObject({ status: 'dead_lettered' });

    expect((await admin('/admin/dead-letters', 'agent-anna')).status).toBe(403);
    expect((await fetch(`${stack.url}/admin/dead-letters`)).status).toBe(401);
    const other = (await (await admin('/admin/dead-letters', 'sup-maria')).json()) as any;
    expect(other.deadLetters).toEqual([]);

    const list = (await (await admin('/admin/dead-letters', 'sup-sofia')).json()) as any;
    expect(list.deadLetters).toHaveLength(1);
    const [letter] = list.deadLetters;
    expect(letter).toMatchObject({ source: 'wms', tenant: 'acme', body });
    expect(JSON.stringify(letter.headers)).not.toMatch(/authorization/i);

    // The mapping still does not exist: the replay says so and the entry stays for later.
    const replay = await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-sofia', 'POST');
    expect(replay.status).toBe(422);
    expect(
      ((await (await admin('/admin/dead-letters', 'sup-sofia')).json()) as any).deadLetters,
    ).toHaveLength(1);
    expect((await admin(`/admin/dead-letters/${letter.id}/replay`, 'sup-maria', 'POST')).status).toBe(404);
  });
});
