import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AuthEnv } from '../auth/authenticate.js';
import type { ExceptionEngine } from '../domain/exception-engine.js';
import type { Store } from '../store/create-store.js';
import { createFakeEngine } from '../store/__fixtures__/fake-exception-engine.js';
import {
  newTenant,
  recordingNotifier,
  shipmentCreated,
  testEvent,
  tracking,
} from '../store/__fixtures__/test-events.js';
import { waitingEventDeadLetter } from '../store/dead-letters.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';
import { respondWithError } from '../http/error-response.js';
import { createDeadLetterRoutes } from './dead-letter-routes.js';
import { createEventSink } from './create-event-sink.js';
import type { NormaliseOptions } from './normalisers/normalise-webhook.js';
import { easyPostEvent } from './normalisers/__fixtures__/webhook-fixtures.js';
import { TEST_TENANTS } from './__fixtures__/intake-test-requests.js';

describe.each(DIALECTS)('createDeadLetterRoutes (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  // The test's own tenant, configured as acme is, unless a test brings its own table.
  const setup = (given?: NormaliseOptions, engine: ExceptionEngine = createFakeEngine()) => {
    const tenant = newTenant();
    const normalise = given ?? { tenants: { [tenant]: TEST_TENANTS.acme! } };
    const sink = createEventSink({ store, engine, feed: recordingNotifier() });
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
    return { tenant, sink, app, replay, only, normalise };
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

  const trackerUpdate = (id: string) => JSON.stringify(easyPostEvent({}, { id }));

  it('replays an entry that maps now: 200 with the ingest outcome, and the entry marked replayed', async () => {
    const { tenant, sink, replay, only } = setup();
    // Kept while the mapping did not exist; the body is a tracker update the normaliser reads now.
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'unknown EasyPost status',
      headers: { 'content-type': 'application/json' },
      body: trackerUpdate('evt_replay_ok'),
      eventId: 'evt_replay_ok',
    });
    const letter = await only();
    // Its tracking number names no shipment yet: kept waiting, as intake would.
    expect(await replay(letter.id)).toEqual({ status: 200, body: { status: 'unmatched' } });
    expect(await sink.listDeadLetters(tenant)).toEqual([]);
    const [marked] = await sink.listDeadLetters(tenant, { includeReplayed: true });
    expect(marked).toMatchObject({ id: letter.id, replayedAt: expect.any(String) });
    const stored = await store.db
      .selectFrom('events')
      .select(['source', 'event_id'])
      .where('tenant', '=', tenant)
      .execute();
    expect(stored).toEqual([{ source: 'easypost', event_id: 'evt_replay_ok' }]);
    expect((await replay(letter.id)).status).toBe(409);
  });

  it('answers 422 and keeps the entry when its event still fails to ingest', async () => {
    const engine = createFakeEngine();
    const failing: ExceptionEngine = {
      ...engine,
      apply() {
        throw new Error('rules cannot take it');
      },
    };
    const { tenant, sink, replay, only } = setup(undefined, failing);
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'ingest failed: rules cannot take it',
      headers: { 'content-type': 'application/json' },
      body: trackerUpdate('evt_replay_bad'),
      eventId: 'evt_replay_bad',
    });
    const letter = await only();
    expect(await replay(letter.id)).toEqual({
      status: 422,
      body: {
        error: { code: 'UNMAPPABLE', message: 'Still not mappable: ingest failed: rules cannot take it' },
      },
    });
    expect(await sink.listDeadLetters(tenant)).toEqual([expect.objectContaining({ id: letter.id })]);
  });

  it('applies a dead-lettered waiting event again on replay', async () => {
    const { tenant, sink, replay, only } = setup();
    // A scan whose step failed when its shipment appeared; the shipment exists now.
    await sink.ingest(testEvent(tenant, shipmentCreated('SO-RW', 'TRK-RW')));
    const scan = testEvent(tenant, tracking('TRK-RW', 'IN_TRANSIT'));
    await store.db
      .insertInto('events')
      .values({
        source: scan.source,
        event_id: scan.id,
        tenant,
        type: scan.body.type,
        occurred_at: scan.occurredAt,
        received_at: scan.occurredAt,
        payload: JSON.stringify(scan.body),
      })
      .execute();
    await sink.deadLetter(waitingEventDeadLetter(scan, new Error('rules bug')));
    const letter = await only();
    expect(letter).toMatchObject({ source: 'waiting-event', reason: 'release failed: rules bug' });
    expect(await replay(letter.id)).toEqual({ status: 200, body: { status: 'applied' } });
    expect(await sink.listDeadLetters(tenant)).toEqual([]);
    expect((await replay(letter.id)).status).toBe(409);
  });

  it('answers 503, not 500, when the store fails during a replay, and keeps the entry', async () => {
    const { tenant, sink, app, only, normalise } = setup();
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'unknown EasyPost status',
      headers: { 'content-type': 'application/json' },
      body: trackerUpdate('evt_replay_down'),
      eventId: 'evt_replay_down',
    });
    const letter = await only();
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const broken = new Hono<AuthEnv>()
      .use('*', async (c, next) => {
        c.set('viewer', { id: 'sup-1', name: null, tenant, roles: ['supervisor'], teams: [] });
        await next();
      })
      .route(
        '/',
        createDeadLetterRoutes({
          sink: { ...sink, ingest: () => Promise.reject(down) },
          normalise,
        }),
      )
      .onError(respondWithError);
    const response = await broken.request(`/admin/dead-letters/${letter.id}/replay`, { method: 'POST' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect((await only()).id).toBe(letter.id);
    expect((await app.request(`/admin/dead-letters/${letter.id}/replay`, { method: 'POST' })).status).toBe(
      200,
    );
  });

  it('lists a page without signature headers and refuses a page size out of range', async () => {
    const { tenant, sink, app } = setup();
    await sink.deadLetter({
      source: 'easypost',
      tenant,
      reason: 'r',
      // A row written around intake's filter (migration 0003 stripped the old ones): still not shown.
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
