import { describe, expect, it } from 'vitest';
import type { EventSink } from './event-sink.js';
import { createFakeEventSink } from './fake-event-sink.js';
import { createIntakeRoutes } from './intake-routes.js';
import {
  SCHEME_CASES,
  TEST_SECRETS,
  signedHeaders,
  webhookRequest,
  type WebhookRequest,
} from './intake-test-requests.js';
import { wmsWebhook } from './normalisers/webhook-fixtures.js';
import { signWebhook } from './signatures/sign-webhook.js';

const NOW = Date.parse('2026-11-02T08:00:00Z');

function setup(sink: EventSink = createFakeEventSink(), maxBodyBytes?: number) {
  const app = createIntakeRoutes({ sink, secrets: TEST_SECRETS, now: () => NOW, maxBodyBytes });
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

  it('answers 404 for an unknown tenant or source', async () => {
    const { post, app } = setup();
    expect((await post(webhookRequest('wms'), undefined, 'initech')).status).toBe(404);
    expect((await post(webhookRequest('wms'), undefined, 'constructor')).status).toBe(404);
    expect((await app.request('/events/acme/shopify', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const sink = createFakeEventSink();
    const { app, post } = setup(sink, 1024);
    const big = signedBody('wms', JSON.stringify({ pad: 'x'.repeat(2000) }));
    expect((await post(big)).status).toBe(413);
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
    expect(await unsigned.text()).toBe(await wrong.text());
    expect(sink.ingested).toHaveLength(0);
    expect(sink.deadLetters).toHaveLength(0);
  });

  it('answers 400 with the reason for a signed body that is not JSON, not UTF-8, or lacks fields', async () => {
    const { post } = setup();
    const reasonOf = async (request: WebhookRequest) => {
      const response = await post(request);
      expect(response.status).toBe(400);
      return ((await response.json()) as { reason: string }).reason;
    };
    expect(await reasonOf(signedBody('aftership', '{"event_id": '))).toBe('body: not valid JSON');
    expect(await reasonOf(signedBody('aftership', new Uint8Array([0x7b, 0xff, 0x7d])))).toBe(
      'body: not UTF-8 text',
    );
    const event = wmsWebhook('order.backordered', { sku: undefined });
    expect(await reasonOf(signedBody('wms', JSON.stringify(event)))).toBe('data.sku: Required');
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
    expect(sink.deadLetters[0]?.headers).toHaveProperty('orderlens-signature');
    expect(sink.deadLetters[0]?.headers).not.toHaveProperty('authorization');
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
    sink.failing = false;
    expect(await (await post(request)).json()).toEqual({ status: 'applied' });
    expect(sink.applied).toHaveLength(1);
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

  it('verifies with the source’s own secret only', async () => {
    const request = webhookRequest('aftership');
    const headers = { ...request.headers, ...signWebhook('aftership', TEST_SECRETS.easypost, request.body) };
    expect((await setup().post(request, headers)).status).toBe(401);
  });
});
