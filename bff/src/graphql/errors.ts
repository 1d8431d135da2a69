import { GraphQLError } from 'graphql';
import { DomainError, UpstreamError } from '../domain/errors.js';

/**
 * The one place domain errors become GraphQL errors: a stable `extensions.code` (and `system` for
 * upstream failures) and our own message. Anything else is masked as an internal error, so no
 * stack, host or upstream text reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (error instanceof GraphQLError && !original) return error;
  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original instanceof UpstreamError) extensions.system = original.system;
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions,
    });
  }
  if (original instanceof GraphQLError) return original;
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, { path: located?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
