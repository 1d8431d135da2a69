import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../domain/errors.js';
import { maskError } from './errors.js';
import { useCompiledExecution } from './use-compiled-execution.js';

const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      order(ref: String!): Order
    }
    type Order {
      id: ID!
      lines: [Line!]!
      shipments: [String!]
      secret: String
    }
    type Line {
      sku: String!
      shipped: Int
    }
  `,
  resolvers: {
    Query: { order: (_: unknown, { ref }: { ref: string }) => ({ id: ref }) },
    Order: {
      lines: () => [{ sku: 'A' }, { sku: 'B' }],
      shipments: async () => {
        throw new UpstreamError('UPSTREAM_TIMEOUT', 'WMS', 'WMS did not answer in time.');
      },
      secret: () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:4102');
      },
    },
    Line: { shipped: async (line: { sku: string }) => (line.sku === 'A' ? 3 : null) },
  },
});

const QUERY = /* GraphQL */ `
  query ($ref: String!) {
    order(ref: $ref) {
      id
      lines {
        sku
        n: shipped
      }
      ...More
    }
  }
  fragment More on Order {
    shipments
    secret
  }
`;

function server(plugins: Plugin[]) {
  const yoga = createYoga({
    schema,
    maskedErrors: { maskError, isDev: false },
    logging: false,
    plugins,
  });
  return async (variables: Record<string, unknown>) => {
    const res = await yoga.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    return { status: res.status, body: await res.text() };
  };
}

describe('useCompiledExecution', () => {
  it('answers a repeated query byte for byte as the default executor does, errors included', async () => {
    const plain = server([]);
    const compiled = server([useCompiledExecution()]);
    const expected = await plain({ ref: 'SO-1' });
    // The first run of a document takes the default executor; later ones the compiled query.
    expect([
      await compiled({ ref: 'SO-1' }),
      await compiled({ ref: 'SO-1' }),
      await compiled({ ref: 'SO-2' }),
    ]).toEqual([expected, expected, await plain({ ref: 'SO-2' })]);
    expect(JSON.parse(expected.body).errors).toEqual([
      {
        message: 'Unexpected error.',
        path: ['order', 'secret'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      {
        message: 'WMS did not answer in time.',
        locations: [{ line: 13, column: 5 }],
        path: ['order', 'shipments'],
        extensions: { code: 'UPSTREAM_TIMEOUT', system: 'WMS' },
      },
    ]);
  });

  it('answers bad variables of a compiled query as the default executor does', async () => {
    const plain = server([]);
    const compiled = server([useCompiledExecution()]);
    await compiled({ ref: 'SO-1' });
    await compiled({ ref: 'SO-1' });
    const bad = await compiled({ ref: 7 });
    expect(bad).toEqual(await plain({ ref: 7 }));
    expect(bad.status).toBe(400);
  });
});
