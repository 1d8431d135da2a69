import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { GraphQLContext } from './context.js';
import { maskError } from './errors.js';
import { useCompiledExecution } from './use-compiled-execution.js';
import { useHiddenSuggestions } from './use-hidden-suggestions.js';
import { refusedDocument, useParseStackGuard } from './use-parse-stack-guard.js';
import { useSubscriptionsAtStream } from './use-subscriptions-at-stream.js';

/** What the HTTP shell hands Yoga for each request, after authentication. */
export interface ServerContext {
  viewer: Viewer;
  requestId: string;
}

export interface YogaOptions {
  schema: GraphQLSchema;
  /** A request's context (fresh loaders for the viewer's tenant); `/graphql/stream` uses the same. */
  context(viewer: Viewer, requestId: string): GraphQLContext;
  /** Introspection and GraphiQL are for the embedded default and development only. */
  exploration: boolean;
  /** GraphiQL's starting query and headers (e.g. a demo token). */
  graphiql?: { defaultQuery: string; headers: string };
}

/** Turns off schema introspection in production, where clients use the published `schema/`. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/**
 * GraphQL Yoga with the bounds every public GraphQL endpoint needs: depth, aliases, tokens, cost and
 * directives limited before execution; a document too deeply nested to parse refused with a 400;
 * errors masked except our coded ones, and no "Did you mean" hints outside exploration; no batching;
 * no subscriptions (they are served, bounded, at `/graphql/stream`).
 * @example const yoga = createYogaServer({ schema, context: (viewer, requestId) => createContext({ viewer, requestId, upstreams, feed, exceptions, commands }), exploration: env.embedded });
 */
export function createYogaServer(options: YogaOptions) {
  return createYoga<ServerContext, GraphQLContext>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: false, // the Hono shell answers CORS with the configured origins
    batching: false,
    // The Hono shell limits the body (100 KB) from its length; Yoga's own limit would re-read the
    // body through a web stream on every request.
    maxRequestBodySize: false,
    maskedErrors: { maskError, isDev: false },
    graphiql: options.exploration ? { title: 'Orderlens', ...options.graphiql } : false,
    context: ({ viewer, requestId }) => options.context(viewer, requestId),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxTokens: {
          n: 2000,
          onReject: [
            (_, error) => {
              throw refusedDocument(error.message);
            },
          ],
        },
        maxDirectives: { n: 20 },
        costLimit: { maxCost: 20_000 },
        // Replaced by useHiddenSuggestions, which also hides enum values and variables' hints.
        blockFieldSuggestion: { enabled: false },
      }),
      useParseStackGuard(), // after Armor: it wraps Armor's parser
      ...(options.exploration ? [] : [noIntrospection, useHiddenSuggestions()]),
      useCompiledExecution(),
      useSubscriptionsAtStream(),
    ],
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
