import { GraphQLError, getOperationAST, getVariableValues } from 'graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { YogaServer } from '../yoga.js';
import { asBadUserInput } from './bad-user-input.js';
import type { SubscriptionRequest } from './shared-renderers.js';

/** The GraphQL request body (or GET query) of graphql-sse, before validation. */
export interface StreamParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** A request's parameters made a subscription, or its errors: `prepareSubscription`, bound. */
export type PrepareSubscription = (
  request: Request,
  viewer: Viewer,
  requestId: string,
  params: StreamParams,
) => SubscriptionRequest | { errors: readonly GraphQLError[] };

/**
 * Parses and validates a subscription through Yoga's own parse and validate, so the stream has the
 * same bounds as `/graphql` (tokens, depth, aliases, cost, directives, no introspection in
 * production) and the same caches. Only subscriptions are served on the stream; queries and
 * mutations belong to `/graphql`, which applies its CSRF rules to them.
 *
 * The variables are checked here too, so a bad one is a coded 400 (`BAD_USER_INPUT`) before the
 * stream opens rather than a frame on it; outside exploration without graphql-js's "Did you mean"
 * hint (an enum's values spelled out), as on `/graphql`.
 */
export function prepareSubscription(
  yoga: YogaServer,
  request: Request,
  viewer: Viewer,
  requestId: string,
  params: StreamParams,
  options: { exploration: boolean },
): SubscriptionRequest | { errors: readonly GraphQLError[] } {
  const fail = (message: string) => ({ errors: [new GraphQLError(message)] });
  if (typeof params.query !== 'string' || !params.query) return fail('The request has no query.');
  if (params.variables != null && (typeof params.variables !== 'object' || Array.isArray(params.variables)))
    return fail('"variables" must be an object.');
  if (params.operationName != null && typeof params.operationName !== 'string')
    return fail('"operationName" must be a string.');
  const enveloped = yoga.getEnveloped({ request, params, viewer, requestId });
  let document;
  try {
    // Armor's limits throw from parse and validate as well as report.
    document = enveloped.parse(params.query);
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length) return { errors };
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    throw error;
  }
  const operationName = (params.operationName as string | undefined) ?? null;
  const operation = getOperationAST(document, operationName);
  if (!operation) return fail('Name the operation to run: the document has several, or none.');
  if (operation.operation !== 'subscription')
    return fail(`Only subscriptions are served here; send ${operation.operation}s to /graphql.`);
  const variables = (params.variables as Record<string, unknown> | undefined) ?? {};
  const coerced = getVariableValues(enveloped.schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 20,
  });
  if (coerced.errors)
    return { errors: coerced.errors.map((e) => asBadUserInput(e, { hint: options.exploration })) };
  return { query: params.query, document, operation, operationName, variables };
}
