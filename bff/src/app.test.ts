import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { DEMO_AGENTS } from './auth/demo-agents.js';
import { signToken } from './auth/sign-token.js';
import { createTokenVerifier } from './auth/verify-token.js';
import type { OrderlensEventSink } from './events/create-event-sink.js';
import { createDeadLetterRoutes } from './events/dead-letter-routes.js';
import type { GraphQLContext } from './graphql/context.js';
import { createSchema } from './graphql/schema.js';
import { createYogaServer } from './graphql/yoga.js';
import { createStreamServer } from './graphql/stream/create-stream-server.js';

const jwt = { secret: 'app-test-secret', issuer: 'orderlens', audience: 'orderlens-bff' };
const schema = createSchema();
const context = (viewer: unknown, requestId: string) => ({ viewer, requestId }) as unknown as GraphQLContext;

function build(options: { exploration: boolean }) {
  const served = createYogaServer({ schema, context, exploration: options.exploration });
  // Yoga's server is a proxy that a spy cannot replace a method on; count its HTTP entry instead.
  const fetchSpy = vi.fn(served.fetch);
  const yoga = new Proxy(served, {
    get: (target, name) => (name === 'fetch' ? fetchSpy : Reflect.get(target, name)),
  });
  const sink = {
    pageDeadLetters: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
  } as unknown as OrderlensEventSink;
  const app = createApp({
    yoga,
    streams: createStreamServer({ yoga, schema, context }),
    verifyToken: createTokenVerifier(jwt),
    graphiql: options.exploration,
    allowedOrigins: [],
    health: () => [],
    routes: createDeadLetterRoutes({ sink, normalise: { tenants: {} } }),
  });
  return { app, fetchSpy };
}

const bearer = async (agentId = 'agent-anna') => ({
  authorization: `Bearer ${await signToken(
    DEMO_AGENTS.find((a) => a.id === agentId)!,
    jwt,
  )}`,
});

const postJson = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...(await bearer()),
      ...headers,
    },
    body: text,
  };
};

const deepList = `{ order(ref: ${'['.repeat(10_000)}"x"${']'.repeat(10_000)}) { id } }`;
const deepSubscription = `subscription { exceptionChanges(after: ${'['.repeat(10_000)}"x"${']'.repeat(10_000)}) { cursor } }`;
const deepObject = `{ exceptions(filter: ${'{team:'.repeat(5_000)}"x"${'}'.repeat(5_000)}) { feedCursor } }`;

describe('createApp', () => {
  it('answers an unauthenticated GraphiQL page request with 401 before Yoga when GraphiQL is off', async () => {
    const { app, fetchSpy } = build({ exploration: false });
    const res = await app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({
      errors: [{ message: 'A valid bearer token is required.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('serves the GraphiQL page without a token when GraphiQL is on', async () => {
    const { app, fetchSpy } = build({ exploration: true });
    const res = await app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('hides enum-value suggestions in literals and in variables when exploration is off', async () => {
    const { app } = build({ exploration: false });
    const literal = await app.request(
      '/graphql',
      await postJson('/graphql', { query: '{ order(ref: "x", kind: ERP_ORDER_NUMBR) { id } }' }),
    );
    const literalText = await literal.text();
    expect(literalText).toContain('ERP_ORDER_NUMBR');
    expect(literalText).not.toContain('Did you mean');
    expect(literalText).not.toContain('ERP_ORDER_NUMBER');
    const variable = await app.request(
      '/graphql',
      await postJson('/graphql', {
        query: 'query ($k: OrderRefKind) { order(ref: "x", kind: $k) { id } }',
        variables: { k: 'ERP_ORDER_NUMBR' },
      }),
    );
    const variableText = await variable.text();
    expect(variableText).toContain('ERP_ORDER_NUMBR');
    expect(variableText).not.toContain('Did you mean');
    expect(variableText).not.toContain('ERP_ORDER_NUMBER');
  });

  it('hides field suggestions when exploration is off', async () => {
    const { app } = build({ exploration: false });
    const res = await app.request(
      '/graphql',
      await postJson('/graphql', { query: '{ order(ref: "x") { idd } }' }),
    );
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/Cannot query field "idd"/);
    expect(body.errors[0]!.message).not.toContain('Did you mean');
  });

  it('still suggests enum values while exploring', async () => {
    const { app } = build({ exploration: true });
    const res = await app.request(
      '/graphql',
      await postJson('/graphql', { query: '{ order(ref: "x", kind: ERP_ORDER_NUMBR) { id } }' }),
    );
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('Did you mean the enum value "ERP_ORDER_NUMBER"?');
  });

  describe('refuses a literal nested too deeply to parse with a coded 400', () => {
    const expectRefused = async (res: Response) => {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).not.toMatch(/Unexpected error/);
    };

    it('on a JSON POST (the direct path)', async () => {
      const { app } = build({ exploration: false });
      await expectRefused(await app.request('/graphql', await postJson('/graphql', { query: deepList })));
      await expectRefused(await app.request('/graphql', await postJson('/graphql', { query: deepObject })));
    });

    it('on a POST Yoga answers (graphql-response+json, no length)', async () => {
      const { app } = build({ exploration: false });
      const res = await app.request('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, text/plain',
          ...(await bearer()),
        },
        body: JSON.stringify({ query: deepList }),
      });
      await expectRefused(res);
    });

    it('on a GET', async () => {
      const { app } = build({ exploration: false });
      const res = await app.request(`/graphql?query=${encodeURIComponent(deepList)}`, {
        headers: { accept: 'application/json', ...(await bearer()) },
      });
      await expectRefused(res);
    });

    it('on the stream', async () => {
      const { app } = build({ exploration: false });
      const res = await app.request(
        '/graphql/stream',
        await postJson('/graphql/stream', { query: deepSubscription }, { accept: 'text/event-stream' }),
      );
      await expectRefused(res);
    });
  });

  it('answers an admin route without a token with 401 in the one error shape', async () => {
    const { app } = build({ exploration: false });
    const res = await app.request('/admin/dead-letters');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'A valid bearer token is required.' },
    });
  });

  it('answers an admin route with 403 FORBIDDEN for a role without the permission', async () => {
    const { app } = build({ exploration: false });
    for (const agent of ['viewer-vera', 'agent-anna']) {
      const res = await app.request('/admin/dead-letters', { headers: await bearer(agent) });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: { code: 'FORBIDDEN', message: 'Your role may not manage dead letters.' },
      });
    }
    const supervisor = await app.request('/admin/dead-letters', { headers: await bearer('sup-sofia') });
    expect(supervisor.status).toBe(200);
    expect(await supervisor.json()).toMatchObject({ deadLetters: [] });
  });

  it('answers an unknown route with 404 in the one error shape', async () => {
    const { app } = build({ exploration: false });
    const res = await app.request('/nowhere');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /nowhere.' } });
  });

  it('masks an unexpected failure behind a route as a coded 500', async () => {
    const { app } = build({ exploration: false });
    app.get('/boom', () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' },
    });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  describe('checks a subscription’s variables before the stream opens', () => {
    const severities = {
      query:
        'subscription ($s: [ExceptionSeverity!]) { exceptionChanges(filter: { severity: $s }) { cursor } }',
      variables: { s: ['HIG'] },
    };
    const stream = (app: ReturnType<typeof build>['app'], headers: Record<string, string> = {}) =>
      postJson('/graphql/stream', severities, headers).then((init) => app.request('/graphql/stream', init));

    it('answers a bad variable with a coded 400 and no enum-value hint when exploration is off', async () => {
      const { app } = build({ exploration: false });
      const distinct = await stream(app, { accept: 'text/event-stream' });
      expect(distinct.status).toBe(400);
      const distinctText = await distinct.text();
      const body = JSON.parse(distinctText) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toContain('HIG');
      expect(distinctText).not.toContain('Did you mean');
      expect(distinctText).not.toContain('HIGH');
      const token = await (
        await app.request('/graphql/stream', { method: 'PUT', headers: await bearer() })
      ).text();
      const reserved = await app.request(
        '/graphql/stream',
        await postJson(
          '/graphql/stream',
          { ...severities, extensions: { operationId: 'x' } },
          { 'x-graphql-event-stream-token': token },
        ),
      );
      expect(reserved.status).toBe(400);
      const text = await reserved.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toContain('Did you mean');
    });

    it('keeps the hint while exploring', async () => {
      const yoga = createYogaServer({ schema, context, exploration: true });
      const app = createApp({
        yoga,
        streams: createStreamServer({ yoga, schema, context, exploration: true }),
        verifyToken: createTokenVerifier(jwt),
        graphiql: true,
        allowedOrigins: [],
        health: () => [],
      });
      const res = await stream(app, { accept: 'text/event-stream' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toContain('Did you mean the enum value "HIGH"?');
    });
  });

  it('refuses a subscription at /graphql with a coded 400 whatever it accepts, exploring or not', async () => {
    for (const exploration of [false, true]) {
      const { app } = build({ exploration });
      const query = 'subscription { exceptionChanges { cursor } }';
      for (const accept of ['text/event-stream', 'multipart/mixed', 'application/json']) {
        const res = await app.request('/graphql', await postJson('/graphql', { query }, { accept }));
        expect(res.status, accept).toBe(400);
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code, accept).toBe('BAD_REQUEST');
        expect(body.errors[0]!.message, accept).toMatch(/\/graphql\/stream/);
      }
      const get = await app.request(`/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: 'text/event-stream', ...(await bearer()) },
      });
      expect(get.status).toBe(400);
    }
  });
});
