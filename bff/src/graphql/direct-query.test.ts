import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { UpstreamError } from '../domain/errors.js';
import type { GraphQLContext } from './context.js';
import { directAnswerType, runQueryDirectly } from './direct-query.js';
import { createYogaServer } from './yoga.js';

let resolved = 0;
const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      order(ref: String!): Order
    }
    type Mutation {
      touch(ref: String!): Order
    }
    type Order {
      id: ID!
      agent: String!
      shipments: [String!]
      secret: String
    }
  `,
  resolvers: {
    Query: { order: (_: unknown, { ref }: { ref: string }) => (resolved++, { id: ref }) },
    Mutation: { touch: (_: unknown, { ref }: { ref: string }) => (resolved++, { id: ref }) },
    Order: {
      agent: (_: unknown, __: unknown, ctx: GraphQLContext) => ctx.viewer.id,
      shipments: async () => {
        throw new UpstreamError('UPSTREAM_TIMEOUT', 'WMS', 'WMS did not answer in time.');
      },
      secret: () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:4102');
      },
    },
  },
});
const yoga = createYogaServer({
  schema,
  context: (viewer, requestId) => ({ viewer, requestId }) as unknown as GraphQLContext,
  exploration: false,
});
const viewer: Viewer = { id: 'agent-anna', name: 'Anna', tenant: 'acme', roles: ['agent'], teams: [] };
const QUERY = 'query ($ref: String!) { order(ref: $ref) { id agent shipments secret } }';

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers },
    body,
  });
}

const read = async (res: Response) => ({
  status: res.status,
  type: res.headers.get('content-type'),
  body: await res.text(),
});

/** The same request answered by the direct path and by Yoga. */
async function bothWays(body: string, accept?: string) {
  const headers: Record<string, string> = accept === undefined ? {} : { accept };
  const request = post(body, headers);
  const type = directAnswerType(request);
  const direct = type && (await runQueryDirectly(yoga, request, body, type, viewer, 'req-1'));
  const viaYoga = await yoga.fetch(post(body, headers), { viewer, requestId: 'req-1' });
  return { direct: direct && (await read(direct)), yoga: await read(viaYoga) };
}

describe('runQueryDirectly', () => {
  // Both paths log the unexpected error they mask; the test checks the answers, not the log.
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterAll(() => vi.restoreAllMocks());

  it('answers a plain query as Yoga does, byte for byte, for every Accept it takes', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { ref: 'SO-1000001' } });
    for (const accept of [
      undefined,
      '*/*',
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json',
      'application/graphql-response+json,application/json',
      'application/graphql-response+json, application/json;q=0.9',
    ]) {
      // Twice: a document's second run is a compiled one.
      for (let run = 0; run < 2; run++) {
        const { direct, yoga: expected } = await bothWays(body, accept);
        expect(direct).toEqual(expected);
      }
    }
    const { yoga: answer } = await bothWays(body);
    expect(JSON.parse(answer.body)).toEqual({
      data: { order: { id: 'SO-1000001', agent: 'agent-anna', shipments: null, secret: null } },
      errors: [
        expect.objectContaining({
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
        expect.objectContaining({
          message: 'WMS did not answer in time.',
          extensions: { code: 'UPSTREAM_TIMEOUT', system: 'WMS' },
        }),
      ],
    });
  });

  it('leaves to Yoga, before any resolver runs, whatever is not a plain query', async () => {
    const cases = [
      JSON.stringify({ query: 'mutation { touch(ref: "SO-1") { id } }' }),
      JSON.stringify({ query: '{ order(ref: "SO-1") { nope } }' }),
      JSON.stringify({ query: '{ order(ref: "SO-1") { id ' }),
      JSON.stringify({ query: QUERY, variables: { ref: 42 } }),
      JSON.stringify({ query: QUERY }),
      JSON.stringify({ query: QUERY, variables: { ref: 'SO-1' }, extensions: {} }),
      JSON.stringify({ query: QUERY, variables: { ref: 'SO-1' }, stray: true }),
      JSON.stringify({ query: QUERY, variables: [] }),
      JSON.stringify([{ query: QUERY, variables: { ref: 'SO-1' } }]),
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
      '{"query": ',
    ];
    for (const body of cases) {
      resolved = 0;
      const request = post(body);
      expect(await runQueryDirectly(yoga, request, body, 'application/json', viewer, 'r'), body).toBeNull();
      expect(resolved, body).toBe(0);
    }
  });
});

describe('directAnswerType', () => {
  it('takes only POSTs of JSON of a declared length that ask for a JSON answer', () => {
    const body = '{}';
    expect(directAnswerType(post(body))).toBe('application/json');
    expect(directAnswerType(post(body, { accept: 'application/graphql-response+json' }))).toBe(
      'application/graphql-response+json',
    );
    expect(directAnswerType(post(body, { 'content-type': 'application/json; charset=utf-8' }))).toBe(
      'application/json',
    );
    expect(directAnswerType(post(body, { accept: 'text/event-stream' }))).toBeNull();
    expect(directAnswerType(post(body, { accept: 'multipart/mixed' }))).toBeNull();
    expect(directAnswerType(post(body, { 'content-type': 'text/plain' }))).toBeNull();
    expect(directAnswerType(post(body, { 'content-type': 'application/graphql' }))).toBeNull();
    const chunked = new Request('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(directAnswerType(chunked)).toBeNull();
    expect(directAnswerType(new Request('http://x/graphql?query={a}'))).toBeNull();
  });
});
