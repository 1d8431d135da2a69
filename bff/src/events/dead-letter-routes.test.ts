import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AuthEnv } from '../auth/authenticate.js';
import type { Store } from '../store/create-store.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import { newTenant, recordingNotifier } from '../store/__fixtures__/test-events.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';
import { respondWithError } from '../http/error-response.js';
import { createDeadLetterRoutes } from './dead-letter-routes.js';
import { createEventSink } from './create-event-sink.js';
import type { NormaliseOptions } from './normalisers/normalise-webhook.js';
import { easyPostEvent } from './normalisers/__fixtures__/webhook-fixtures.js';

const TENANTS: NormaliseOptions['tenants'] = {};

describe.each(DIALECTS)('createDeadLetterRoutes (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  const setup = (normalise: NormaliseOptions = { tenants: TENANTS }) => {
    const tenant = newTenant();
    const sink = createEventSink({ store, engine: createFakeEngine(), feed: recordingNotifier() });
    const app = new Hono<AuthEnv>()
      .use('*', async (c, next) => {
        c.set('viewer', { id: 'sup-1', name: null, tenant, roles: ['supervisor'], teams: [] });
        await next();
      })
      .route('/', createDeadLetterRoutes({ sink, normalise }))
      .onError(respondWithError);
    const replay = async (id: string) => {
      const response = await app.request(`/admin/dead-letters/${id}/replay`, { method: 'POST' });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const only = async () => (await sink.listDeadLetters(tenant))[0]!;
    return { tenant, sink, app, replay, only };
  };

  it('answers 422 with a coded error when the stored body is still not JSON', async () => {
    const { tenant, sink, replay, only } = setup();
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'body: not valid JSON',
      headers: {},
      body: '{"id": ',
    });
    expect(await replay((await only()).id)).toEqual({
      status: 422,
      body: { error: { code: 'UNMAPPABLE', message: 'Still not mappable: body: not valid JSON' } },
    });
  });

  it('answers 422, not 500, when the normaliser throws on replay, and keeps the entry', async () => {
    // A tenants table that throws stands for any normaliser bug.
    const exploding = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('mapping bug');
        },
      },
    );
    const { tenant, sink, replay, only } = setup({ tenants: exploding });
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'unknown',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(easyPostEvent()),
    });
    const letter = await only();
    const answer = await replay(letter.id);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      error: { code: 'UNMAPPABLE', message: expect.stringMatching(/mapping bug/) },
    });
    expect((await only()).id).toBe(letter.id);
  });

  it('lists a page without signature headers and refuses a page size out of range', async () => {
    const { tenant, sink, app } = setup();
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'r',
      // As entries kept before signatures were left out still hold them.
      headers: { 'content-type': 'application/json', 'x-hmac-signature': 'hmac-sha256-hex=00' },
      body: '{}',
      eventId: 'evt_a',
    });
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'r',
      headers: {},
      body: '{"b":1}',
      eventId: 'evt_b',
    });
    const page = (await (await app.request('/admin/dead-letters?first=1')).json()) as any;
    expect(page.deadLetters).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await (
      await app.request(`/admin/dead-letters?first=1&after=${encodeURIComponent(page.pageInfo.endCursor)}`)
    ).json()) as any;
    const all = [...page.deadLetters, ...rest.deadLetters];
    expect(all.map((l: any) => l.headers)).toContainEqual({ 'content-type': 'application/json' });
    expect(JSON.stringify(all)).not.toMatch(/hmac/i);
    expect((await app.request('/admin/dead-letters?first=500')).status).toBe(400);
  });
});
