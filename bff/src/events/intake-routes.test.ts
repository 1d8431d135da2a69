import { describe, expect, it } from 'vitest';
import { respondWithError } from '../http/error-response.js';
import type { EventSink } from './event-sink.js';
import { connectionRefused, createFakeEventSink } from './__fixtures__/fake-event-sink.js';
import { createIntakeRoutes } from './intake-routes.js';
import {
  SCHEME_CASES,
  TEST_SECRETS,
  TEST_TENANTS,
  signedHeaders,
  webhookRequest,
  type WebhookRequest,
} from './__fixtures__/intake-test-requests.js';
import {
  structuredCloudEvent,
  wmsWebhook,
  zendeskWebhook,
} from './normalisers/__fixtures__/webhook-fixtures.js';
import { signWebhook } from './signatures/sign-webhook.js';

const NOW = Date.parse('2026-11-02T08:00:00Z');

function setup(sink: EventSink = createFakeEventSink(), maxBodyBytes?: number) {
  // Mounted alone, with the app's error boundary, which answers the routes' refusals.
  const app = createIntakeRoutes({ sink, tenants: TEST_TENANTS, now: () => NOW, maxBodyBytes }).onError(
    respondWithError,
  );
  const post = (request: WebhookRequest, headers = signedHeaders(request, NOW), tenant = 'acme') =>
    app.request(`/events/${tenant}/${request.source}`, { method: 'POST', body: request.body, headers });
  return { app, post };
}

/** A body signed correctly, whatever it holds: for the checks that come after the signature. */
function signedBody(
  source: WebhookRequest['source'],
  body: string | Uint8Array<ArrayBuffer>,
): WebhookRequest {
  return {
    source,
    body: typeof body === 'string' ? Buffer.from(body) : body,
    headers: { 'content-type': 'application/json' },
  };
}

describe('createIntakeRoutes', () => {
  it.each(SCHEME_CASES)(
    'accepts a signed %s event and answers 202 once the sink applied it',
    async (scheme) => {
      const sink = createFakeEventSink();
      const response = await setup(sink).post(webhookRequest(scheme));
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ status: 'applied' });
      expect(sink.applied).toHaveLength(1);
      expect(sink.applied[0]?.tenant).toBe('acme');
    },
  );

  it('answers a redelivered event 202 duplicate, with no second effect', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const request = webhookRequest('easypost');
    await post(request);
    const again = await post(request);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(sink.applied).toHaveLength(1);
  });

  it('passes the sink’s unmatched outcome through', async () => {
    const sink: EventSink = { ingest: async () => 'unmatched', deadLetter: async () => undefined };
    const response = await setup(sink).post(webhookRequest('aftership'));
    expect(await response.json()).toEqual({ status: 'unmatched' });
  });

  it('answers 202 only after the sink resolved', async () => {
    let release: () => void = () => undefined;
    const sink: EventSink = {
      ingest: () => new Promise((resolve) => (release = () => resolve('applied'))),
      deadLetter: async () => undefined,
    };
    let answered = false;
    const pending = Promise.resolve(setup(sink).post(webhookRequest('wms'))).then(
      (r) => ((answered = true), r),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    release();
    expect((await pending).status).toBe(202);
  });

  it('answers 404 NOT_FOUND for an unknown tenant or source', async () => {
    const { post, app } = setup();
    const refusals = [
      await post(webhookRequest('wms'), undefined, 'initech'),
      await post(webhookRequest('wms'), undefined, 'constructor'),
      await app.request('/events/acme/shopify', { method: 'POST', body: '{}' }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
    }
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const sink = createFakeEventSink();
    const { app, post } = setup(sink, 1024);
    const big = signedBody('wms', JSON.stringify({ pad: 'x'.repeat(2000) }));
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than 1024 bytes.' },
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(512));
        controller.close();
      },
    });
    const streamed = await app.request('/events/acme/wms', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // Only a request built in-process can carry more than it declares; it is refused all the same.
    const understated = { ...signedHeaders(big, NOW), 'content-length': '100' };
    expect((await post(big, understated)).status).toBe(413);
    expect(sink.ingested).toHaveLength(0);
  });

  it('reads a body of declared length as it is', async () => {
    const sink = createFakeEventSink();
    const request = webhookRequest('wms');
    const headers = { ...signedHeaders(request, NOW), 'content-length': String(request.body.byteLength) };
    const response = await setup(sink).post(request, headers);
    expect(response.status).toBe(202);
    expect(sink.applied).toHaveLength(1);
  });

  it('answers 401 without detail, storing nothing, for a missing or wrong signature', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const request = webhookRequest('zendesk');
    const unsigned = await post(request, request.headers);
    const wrong = await post(request, signedHeaders(request, NOW, 'guessed'));
    expect([unsigned.status, wrong.status]).toEqual([401, 401]);
    const body = await wrong.text();
    expect(await unsigned.text()).toBe(body);
    expect(JSON.parse(body)).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Missing, invalid or expired signature.' },
    });
    // A webhook sender signs; a bearer challenge would point it at a login that does not exist.
    expect(wrong.headers.get('www-authenticate')).toBeNull();
    expect(sink.ingested).toHaveLength(0);
    expect(sink.deadLetters).toHaveLength(0);
  });

  it('keeps a signed body that is not JSON, not UTF-8, or fails the wire schema as a dead letter, answered 202', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const answer = async (request: WebhookRequest) => {
      const response = await post(request);
      expect(response.status).toBe(202);
      return (await response.json()) as { status: string; reason: string };
    };
    expect(await answer(signedBody('aftership', '{"event_id": '))).toEqual({
      status: 'dead_lettered',
      reason: 'body: not valid JSON',
    });
    expect(await answer(signedBody('aftership', new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual({
      status: 'dead_lettered',
      reason: 'body: not UTF-8 text',
    });
    const event = wmsWebhook('order.backordered', { sku: undefined });
    expect(await answer(signedBody('wms', JSON.stringify(event)))).toEqual({
      status: 'dead_lettered',
      reason: 'data.sku: Required',
    });
    // A number sent as a string breaks the wire schema: kept, so a fixed mapping can replay it.
    const stringly = { ...wmsWebhook('order.short_picked'), occurred_at: String(Date.now()) };
    expect((await answer(signedBody('wms', JSON.stringify(stringly)))).status).toBe('dead_lettered');
    expect(sink.deadLetters.map((d) => [d.reason, d.bodyEncoding, d.eventId])).toEqual([
      ['body: not valid JSON', 'utf8', null],
      ['body: not UTF-8 text', 'base64', null],
      ['data.sku: Required', 'utf8', event.id],
      [expect.stringMatching(/^occurred_at: /), 'utf8', stringly.id],
    ]);
    expect(Buffer.from(sink.deadLetters[1]!.body, 'base64')).toEqual(Buffer.from([0x7b, 0xff, 0x7d]));
    expect(sink.ingested).toHaveLength(0);
  });

  it('acknowledges a Zendesk ticket event it does not follow with 202 ignored, keeping nothing', async () => {
    const sink = createFakeEventSink();
    const body = JSON.stringify(zendeskWebhook({}, { type: 'zen:event-type:ticket.comment_added' }));
    const response = await setup(sink).post(signedBody('zendesk', body));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    expect([sink.ingested, sink.deadLetters]).toEqual([[], []]);
  });

  it('keeps a CloudEvent whose source names a built-in source from pre-empting that source’s event', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const forged: WebhookRequest = {
      source: 'cloudevents',
      body: Buffer.from(JSON.stringify(structuredCloudEvent({ id: 'wev-taken', source: 'wms' }))),
      headers: { 'content-type': 'application/cloudevents+json' },
    };
    expect(await (await post(forged)).json()).toEqual({ status: 'applied' });
    expect(await (await post(webhookRequest('wms', 'wev-taken'))).json()).toEqual({ status: 'applied' });
    expect(sink.applied.map((e) => [e.source, e.id])).toEqual([
      ['cloudevents:wms', 'wev-taken'],
      ['wms', 'wev-taken'],
    ]);
  });

  it('accepts a CloudEvents batch, ingesting and deduplicating each event on its own', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const first = structuredCloudEvent({ id: 'batch-1' });
    const events = [
      first,
      structuredCloudEvent({ id: 'batch-2', time: null }),
      first,
      structuredCloudEvent({ id: 'batch-3', type: 'com.example.nope' }),
    ];
    const request: WebhookRequest = {
      source: 'cloudevents',
      body: Buffer.from(JSON.stringify(events)),
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    };
    const response = await post(request);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      status: 'batch',
      results: [
        { status: 'applied' },
        { status: 'applied' },
        { status: 'duplicate' },
        { status: 'dead_lettered', reason: 'unknown CloudEvent type "com.example.nope"' },
      ],
    });
    expect(sink.applied.map((e) => [e.source, e.id])).toEqual([
      ['cloudevents:/erp/acme', 'batch-1'],
      ['cloudevents:/erp/acme', 'batch-2'],
    ]);
    // The event without a time is placed at its arrival.
    expect(sink.applied[1]?.occurredAt).toBe(new Date(NOW).toISOString());
    expect(sink.deadLetters).toEqual([
      expect.objectContaining({
        source: 'cloudevents',
        headers: { 'content-type': 'application/cloudevents+json' },
        body: JSON.stringify(events[3]),
        eventId: JSON.stringify(['/erp/acme', 'batch-3']),
      }),
    ]);
  });

  it('keeps a signed but unmappable event in the dead-letter list and answers 202', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const request = signedBody('wms', JSON.stringify(wmsWebhook('wave.released')));
    const response = await post(request, { ...signedHeaders(request, NOW), authorization: 'Bearer leaked' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      status: 'dead_lettered',
      reason: 'unknown WMS event type "wave.released"',
    });
    expect(sink.deadLetters).toEqual([
      expect.objectContaining({
        source: 'wms',
        tenant: 'acme',
        reason: 'unknown WMS event type "wave.released"',
        body: Buffer.from(request.body).toString(),
      }),
    ]);
    // Replay re-reads the body without verifying it again: no signature (or token) is kept.
    expect(sink.deadLetters[0]?.headers).toEqual({ 'content-type': 'application/json' });
    expect(sink.ingested).toHaveLength(0);
  });

  it('answers 503 with Retry-After when the sink fails, and applies the sender’s retry', async () => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const request = webhookRequest('cloudevents-binary');
    sink.failing = true;
    const failed = await post(request);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('5');
    expect(await failed.json()).toEqual({
      error: { code: 'UNAVAILABLE', message: 'The event could not be stored; retry later.' },
    });
    sink.failing = false;
    expect(await (await post(request)).json()).toEqual({ status: 'applied' });
    expect(sink.applied).toHaveLength(1);
  });

  it.each([
    ['a refused connection', connectionRefused()],
    [
      'a PostgreSQL serialization failure',
      Object.assign(new Error('could not serialize'), { code: '40001' }),
    ],
    ['a busy SQLite database', Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })],
    ['a closed pool', new Error('Cannot use a pool after calling end on the pool')],
  ])('answers 503 with Retry-After and keeps no dead letter when ingest fails with %s', async (_, error) => {
    const sink = createFakeEventSink();
    sink.ingestError = error;
    const response = await setup(sink).post(webhookRequest('easypost'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(sink.deadLetters).toEqual([]);
  });

  it.each([
    ['an engine bug', new Error('engine failure')],
    ['a bad normalised event', new TypeError("Cannot read properties of undefined (reading 'sku')")],
    ['a constraint violation', Object.assign(new Error('null value in column'), { code: '23502' })],
  ])('keeps the event as a dead letter and answers 202 when ingest fails with %s', async (_, error) => {
    const sink = createFakeEventSink();
    sink.ingestError = error;
    const request = webhookRequest('easypost', 'evt_poison');
    const response = await setup(sink).post(request);
    const reason = `ingest failed: ${error.message}`;
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'dead_lettered', reason });
    expect(sink.deadLetters).toEqual([
      {
        source: 'easypost',
        tenant: 'acme',
        reason,
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(request.body).toString(),
        bodyEncoding: 'utf8',
        eventId: 'evt_poison',
      },
    ]);
  });

  it('keeps only the batch event whose ingest fails for good, applying the others', async () => {
    const sink = createFakeEventSink();
    const ingest = sink.ingest.bind(sink);
    sink.ingest = async (event) => {
      if (event.id === 'batch-bad') throw new Error('engine failure');
      return ingest(event);
    };
    const events = [structuredCloudEvent({ id: 'batch-ok' }), structuredCloudEvent({ id: 'batch-bad' })];
    const response = await setup(sink).post({
      source: 'cloudevents',
      body: Buffer.from(JSON.stringify(events)),
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      status: 'batch',
      results: [{ status: 'applied' }, { status: 'dead_lettered', reason: 'ingest failed: engine failure' }],
    });
    expect(sink.deadLetters).toEqual([
      expect.objectContaining({
        source: 'cloudevents',
        body: JSON.stringify(events[1]),
        eventId: JSON.stringify(['/erp/acme', 'batch-bad']),
      }),
    ]);
  });

  it('answers 503 when an event that failed for good cannot be kept either', async () => {
    const sink = createFakeEventSink();
    sink.ingestError = new Error('engine failure');
    sink.deadLetter = async () => {
      throw connectionRefused();
    };
    const response = await setup(sink).post(webhookRequest('wms'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('answers 503 when the dead-letter list cannot be written', async () => {
    const sink = createFakeEventSink();
    sink.failing = true;
    const request = signedBody(
      'easypost',
      JSON.stringify({ id: 'evt_9', object: 'Event', description: 'refund.successful', result: {} }),
    );
    expect((await setup(sink).post(request)).status).toBe(503);
  });

  it.each(SCHEME_CASES)('refuses a %s webhook signed for another tenant with 401', async (scheme) => {
    const sink = createFakeEventSink();
    const { post } = setup(sink);
    const request = webhookRequest(scheme);
    const signedForAcme = signedHeaders(request, NOW);
    expect((await post(request, signedForAcme, 'globex')).status).toBe(401);
    expect(sink.ingested).toHaveLength(0);
    expect(sink.deadLetters).toHaveLength(0);
    expect((await post(request, signedForAcme, 'acme')).status).toBe(202);
  });

  it('refuses with 401 a WMS event naming another tenant’s account, even under a shared secret', async () => {
    const sink = createFakeEventSink();
    const shared = { ...TEST_TENANTS.globex!, webhookSecrets: TEST_SECRETS };
    const app = createIntakeRoutes({
      sink,
      tenants: { ...TEST_TENANTS, globex: shared },
      now: () => NOW,
    }).onError(respondWithError);
    const request = webhookRequest('wms'); // its envelope names acme's account, acme-eu
    const headers = signedHeaders(request, NOW);
    const at = (tenant: string) =>
      app.request(`/events/${tenant}/wms`, { method: 'POST', body: request.body, headers });
    expect((await at('globex')).status).toBe(401);
    expect(sink.ingested).toHaveLength(0);
    expect(sink.deadLetters).toHaveLength(0);
    expect((await at('acme')).status).toBe(202);
  });

  it('verifies with the source’s own secret only', async () => {
    const request = webhookRequest('aftership');
    const headers = { ...request.headers, ...signWebhook('aftership', TEST_SECRETS.easypost, request.body) };
    expect((await setup().post(request, headers)).status).toBe(401);
  });
});
