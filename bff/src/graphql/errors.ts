import { GraphQLError } from 'graphql';
import { DomainError, UpstreamError } from '../domain/errors.js';

/**
 * The one place domain errors become GraphQL errors: a stable `extensions.code` (and `system` for
 * upstream failures) and our own message. Anything else is masked as an internal error, so no
 * stack, host or upstream text reaches a client.
 *
 * A domain error keeps its located GraphQLError (path, locations) and only gains its code: Yoga
 * logs every error that masking replaces, and an expected failure is not worth a log line each.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original instanceof UpstreamError) extensions.system = original.system;
    if (error instanceof GraphQLError) {
      Object.assign(error.extensions, extensions);
      return error;
    }
    return new GraphQLError(original.message, { extensions });
  }
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, { path: located?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
