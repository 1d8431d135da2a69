import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import { processRegularResult } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { YogaServer } from './yoga.js';

type AnswerType = 'application/json' | 'application/graphql-response+json';

/**
 * The answer's media type for the Accept headers GraphQL clients send, as Yoga negotiates it; an
 * Accept not listed here is left to Yoga to negotiate.
 */
const ANSWER_TYPES: ReadonlyMap<string, AnswerType> = new Map([
  ['', 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
  ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
  ['application/graphql-response+json,application/json', 'application/graphql-response+json'],
  ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
]);

const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);
const PARAMS = new Set(['query', 'variables', 'operationName']);

/**
 * Whether `runQueryDirectly` may take this request, from its headers alone: a POST of JSON of a
 * declared length (so the body limit has judged it already) that asks for a JSON answer.
 * Everything else goes to Yoga as it came.
 * @example const type = directAnswerType(request); // then runQueryDirectly(yoga, request, await request.text(), type, ...)
 */
export function directAnswerType(request: Request): AnswerType | null {
  if (request.method !== 'POST' || request.headers.get('content-length') === null) return null;
  if (!JSON_TYPES.has(request.headers.get('content-type')?.toLowerCase() ?? '')) return null;
  return ANSWER_TYPES.get(request.headers.get('accept')?.toLowerCase() ?? '') ?? null;
}

/**
 * Answers a GraphQL query over HTTP without Yoga's HTTP layer, which costs more CPU than the query
 * on the order panel's hot path (decisions/0013). Parsing, validation, context and execution still
 * go through Yoga's envelop, so every plugin (limits, masking, caches, compiled execution) applies
 * as on Yoga's own path, and the answer is serialised by Yoga's own result processor.
 *
 * Only the plain case is answered here: a body of just `query`, `variables` and `operationName`
 * that parses, validates, names a query and executes. For anything else (a mutation, a request
 * error, a body Yoga would refuse) it returns `null` before any resolver has run, and the caller
 * hands the request to Yoga, whose answer then is exactly what it always was.
 * @example const answer = await runQueryDirectly(yoga, request, body, 'application/json', viewer, requestId);
 */
export async function runQueryDirectly(
  yoga: YogaServer,
  request: Request,
  body: string,
  answerType: AnswerType,
  viewer: Viewer,
  requestId: string,
): Promise<Response | null> {
  const params = plainParams(body);
  if (!params) return null;
  const enveloped = yoga.getEnveloped({ request, params, viewer, requestId });
  let document;
  try {
    document = enveloped.parse(params.query);
    if (enveloped.validate(enveloped.schema, document).length) return null;
  } catch (error) {
    if (error instanceof GraphQLError) return null; // limits throw from parse and validate too
    throw error;
  }
  if (getOperationAST(document, params.operationName)?.operation !== 'query') return null;
  const contextValue = await enveloped.contextFactory();
  const result = (await enveloped.execute({
    schema: enveloped.schema,
    document,
    contextValue,
    variableValues: params.variables,
    operationName: params.operationName,
  })) as ExecutionResult;
  // No `data`: a request error (bad variables), raised before any resolver ran.
  if (!('data' in result)) return null;
  return processRegularResult(result, { Response } as never, answerType) as Response;
}

interface PlainParams {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The body's GraphQL parameters if they are the plain case, else `null` (Yoga answers). */
function plainParams(body: string): PlainParams | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const params = parsed as Record<string, unknown>;
  for (const key in params) if (!PARAMS.has(key)) return null;
  const { query, variables, operationName } = params;
  if (typeof query !== 'string' || !query) return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}
