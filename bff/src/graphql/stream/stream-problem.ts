import type { GraphQLError } from 'graphql';
import type { Context } from 'hono';

/** The code each refusal of the protocol carries, as GraphQL errors do elsewhere. */
const PROBLEM_CODE = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
} as const;

/**
 * A refusal of the stream protocol (no such stream, too many, a bad request) in GraphQL's error
 * shape, with its code.
 * @example return streamProblem(c, 404, 'Stream not found.');
 */
export const streamProblem = (c: Context, status: keyof typeof PROBLEM_CODE, message: string) =>
  c.json({ errors: [{ message, extensions: { code: PROBLEM_CODE[status] } }] }, status);

/**
 * Request errors (parse, validation, variables) as a 400, as Yoga answers them: `extensions.http`
 * is a status hint for the server, not the client.
 * @example if ('errors' in request) return requestErrors(c, request.errors);
 */
export const requestErrors = (c: Context, list: readonly GraphQLError[]) =>
  c.json({ errors: list.map((e) => withoutHttp(e.toJSON())) }, 400);

function withoutHttp(error: ReturnType<GraphQLError['toJSON']>) {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _hint, ...extensions } = error.extensions;
  return { ...error, extensions };
}
