import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

const DESK = 'https://desk.example.com';
const CHANGES = `subscription ($after: String) { exceptionChanges(after: $after) { cursor kind exception { type orderNumber } } }`;

/** A raw event stream: frames as the server wrote them, split on blank lines. */
async function openStream(url: string, init: RequestInit) {
  const controller = new AbortController();
  const res = await fetch(url, { ...init, signal: controller.signal });
  const frames: string[] = [];
  const ended = (async () => {
    if (!res.ok || !res.body) return;
    const decoder = new TextDecoder();
    let pending = '';
    const reader = res.body.getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        pending += decoder.decode(read.value, { stream: true });
        for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
          frames.push(pending.slice(0, end));
          pending = pending.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  const until = async (test: (frames: string[]) => boolean, ms = 8000) => {
    const deadline = Date.now() + ms;
    while (!test(frames) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return frames;
  };
  return { res, frames, until, ended, close: () => controller.abort() };
}

const data = (frame: string) => JSON.parse(frame.slice(frame.indexOf('data: ') + 6));

describe('GraphQL over SSE at /graphql/stream (graphql-sse protocol)', () => {
  let stack: Stack;
  let stream: string;
  const auth = async (agent = 'agent-anna') => ({ authorization: `Bearer ${await stack.tokenFor(agent)}` });
  const head = async () =>
    (await stack.gql(`{ exceptions(first: 1) { feedCursor } }`)).body.data.exceptions.feedCursor as string;
  const reserve = async (agent?: string) => {
    const res = await fetch(stream, { method: 'PUT', headers: await auth(agent) });
    expect(res.status).toBe(201);
    return res.text();
  };
  const post = async (token: string, body: unknown, agent?: string) =>
    fetch(stream, {
      method: 'POST',
      headers: {
        ...(await auth(agent)),
        'content-type': 'application/json',
        'x-graphql-event-stream-token': token,
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    stack = await startStack({ ALLOWED_ORIGINS: DESK });
    stream = `${stack.url}/graphql/stream`;
  });
  afterAll(() => stack.close());

  it('single connection: operations start (202) before the stream opens, frames carry their id, DELETE completes one', async () => {
    const [sample] = stack.samples('acme', 1) as [any];
    const token = await reserve();
    const started = await post(token, {
      query: CHANGES,
      variables: { after: await head() },
      extensions: { operationId: 'inbox' },
    });
    expect(started.status).toBe(202);
    const live = await openStream(`${stream}?token=${token}`, {
      headers: { ...(await auth()), accept: 'text/event-stream' },
    });
    expect(live.res.status).toBe(200);
    expect(live.res.headers.get('content-type')).toMatch(/^text\/event-stream/);

    await postWebhook(
      stack.url,
      shortPickWebhook({
        tenant: 'acme',
        orderNumber: sample.erpOrderNumber,
        wmsReference: sample.wmsReference,
      }),
    );
    const [next] = (await live.until((f) => f.some((x) => x.startsWith('event: next')))).filter((x) =>
      x.startsWith('event: next'),
    );
    expect(data(next!)).toMatchObject({
      id: 'inbox',
      payload: {
        data: {
          exceptionChanges: {
            kind: 'RAISED',
            exception: { type: 'SHORT_PICK', orderNumber: sample.erpOrderNumber },
          },
        },
      },
    });

    const stop = await fetch(`${stream}?operationId=inbox`, {
      method: 'DELETE',
      headers: { ...(await auth()), 'x-graphql-event-stream-token': token },
    });
    expect(stop.status).toBe(200);
    const frames = await live.until((f) => f.some((x) => x.startsWith('event: complete')));
    expect(data(frames.find((x) => x.startsWith('event: complete'))!)).toEqual({ id: 'inbox' });
    const again = await fetch(`${stream}?operationId=inbox`, {
      method: 'DELETE',
      headers: { ...(await auth()), 'x-graphql-event-stream-token': token },
    });
    expect(again.status).toBe(404);
    live.close();
  });

  it('a reserved stream is its agent’s: another agent is told it does not exist; a second GET is refused', async () => {
    const token = await reserve('agent-anna');
    const foreign = await fetch(`${stream}?token=${token}`, {
      headers: { ...(await auth('agent-gary')), accept: 'text/event-stream' },
    });
    expect(foreign.status).toBe(404);
    expect(
      (await post(token, { query: CHANGES, extensions: { operationId: 'x' } }, 'agent-gary')).status,
    ).toBe(404);

    const first = await openStream(`${stream}?token=${token}`, {
      headers: { ...(await auth()), accept: 'text/event-stream' },
    });
    expect(first.res.status).toBe(200);
    const second = await fetch(`${stream}?token=${token}`, {
      headers: { ...(await auth()), accept: 'text/event-stream' },
    });
    expect(second.status).toBe(409);
    first.close();
  });

  it('lets one agent hold a bounded number of streams; others are not affected', async () => {
    const headers = await auth('lead-lukas');
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push((await fetch(stream, { method: 'PUT', headers })).status);
    expect(statuses.slice(0, 50).every((s) => s === 201)).toBe(true);
    expect(statuses[50]).toBe(429);
    expect((await fetch(stream, { method: 'PUT', headers: await auth('viewer-vera') })).status).toBe(201);
  });

  it('counts distinct connections against the same bound, and frees a place when one closes', async () => {
    const headers = {
      ...(await auth('sup-sofia')),
      'content-type': 'application/json',
      accept: 'text/event-stream',
    };
    const open = () =>
      openStream(stream, { method: 'POST', headers, body: JSON.stringify({ query: CHANGES }) });
    const streams = [];
    for (let i = 0; i < 50; i++) streams.push(await open());
    expect(streams.every((s) => s.res.status === 200)).toBe(true);
    const past = await open();
    expect(past.res.status).toBe(429);
    expect(((await past.res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/50/);
    // Reserved streams share the bound; other agents are not affected.
    expect((await fetch(stream, { method: 'PUT', headers: await auth('sup-sofia') })).status).toBe(429);
    const anna = await openStream(stream, {
      method: 'POST',
      headers: { ...headers, ...(await auth('agent-anna')) },
      body: JSON.stringify({ query: CHANGES }),
    });
    expect(anna.res.status).toBe(200);
    anna.close();

    streams.pop()!.close();
    let again = await open();
    for (let tries = 0; again.res.status === 429 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      again = await open();
    }
    expect(again.res.status).toBe(200);
    for (const s of [...streams, again]) s.close();
  });

  it('refuses bad operations with 400 and a reason, before anything runs', async () => {
    const token = await reserve();
    const cases: [unknown, RegExp][] = [
      [{ query: CHANGES }, /operationId/],
      [{ query: '{ viewer { id } }', extensions: { operationId: 'q' } }, /Only subscriptions.*\/graphql/],
      [{ query: 'subscription {', extensions: { operationId: 's' } }, /Syntax Error/],
      [{ query: 'subscription { nope }', extensions: { operationId: 'v' } }, /nope/],
      [{ query: CHANGES, variables: [1], extensions: { operationId: 'w' } }, /variables/],
      [
        {
          query: `subscription { exceptionChanges { ${'a { '.repeat(14)}b${' }'.repeat(14)} } }`,
          extensions: { operationId: 'deep' },
        },
        /depth/i,
      ],
    ];
    for (const [body, reason] of cases) {
      const res = await post(token, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const payload = (await res.json()) as { errors: { message: string }[] };
      expect(payload.errors.map((e) => e.message).join(' ')).toMatch(reason);
    }
    const notJson = await fetch(stream, {
      method: 'POST',
      headers: {
        ...(await auth()),
        'content-type': 'application/json',
        'x-graphql-event-stream-token': token,
      },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('distinct connection: a refused subscribe answers one coded error, then completes and ends', async () => {
    const live = await openStream(stream, {
      method: 'POST',
      headers: { ...(await auth()), 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { orderChanged(ref: "SO-NOPE-1") { orderNumber } }` }),
    });
    expect(live.res.status).toBe(200);
    await live.ended;
    const next = live.frames.find((f) => f.startsWith('event: next'))!;
    expect(data(next).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(data(next))).not.toMatch(/stack|127\.0\.0\.1/);
    expect(live.frames.at(-1)).toBe('event: complete\ndata:');
  });

  it('serves no subscription at /graphql: SSE, multipart and GET get a coded 400 and no stream', async () => {
    const subscribers = () => stack.orderlens.services.feed.stats().acme?.subscribers ?? 0;
    const before = subscribers();
    const body = JSON.stringify({ query: CHANGES });
    const json = { ...(await auth()), 'content-type': 'application/json' };
    const requests: [string, RequestInit][] = [
      ['SSE', { method: 'POST', headers: { ...json, accept: 'text/event-stream' }, body }],
      ['multipart', { method: 'POST', headers: { ...json, accept: 'multipart/mixed' }, body }],
      ['JSON', { method: 'POST', headers: { ...json, accept: 'application/json' }, body }],
      ['GET', { headers: { ...(await auth()), accept: 'text/event-stream' } }],
    ];
    for (const [name, init] of requests) {
      const url =
        init.method === 'POST'
          ? `${stack.url}/graphql`
          : `${stack.url}/graphql?query=${encodeURIComponent(CHANGES)}`;
      // A stream kept open would not end within the timeout.
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(3000) });
      expect(res.status, name).toBe(400);
      expect(res.headers.get('content-type'), name).toMatch(/^application\/json/);
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors, name).toHaveLength(1);
      expect(answer.errors[0]!.extensions.code, name).toBe('BAD_REQUEST');
      expect(answer.errors[0]!.message, name).toMatch(/\/graphql\/stream/);
      expect(subscribers(), name).toBe(before);
    }
  });

  it('authenticates every request and answers CORS for the desk’s origin only', async () => {
    expect((await fetch(stream, { method: 'PUT' })).status).toBe(401);
    const headers = await auth();
    const desk = await openStream(stream, {
      method: 'POST',
      headers: { ...headers, origin: DESK, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: CHANGES }),
    });
    expect(desk.res.status).toBe(200);
    expect(desk.res.headers.get('access-control-allow-origin')).toBe(DESK);
    desk.close();
    const foreign = await openStream(stream, {
      method: 'POST',
      headers: {
        ...headers,
        origin: 'https://evil.example',
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ query: CHANGES }),
    });
    expect(foreign.res.headers.get('access-control-allow-origin')).toBeNull();
    foreign.close();
  });
});
