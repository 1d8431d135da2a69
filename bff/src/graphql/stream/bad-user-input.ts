import { GraphQLError } from 'graphql';
import { withoutSuggestion } from '../use-hidden-suggestions.js';

/**
 * A request error (a bad variable, say) as a client gets it from the stream: `BAD_USER_INPUT`, and
 * without graphql-js's "Did you mean" hint unless `hint` (exploration), as on `/graphql`.
 * @example errors.map((e) => asBadUserInput(e, { hint: exploration }))
 */
export function asBadUserInput(error: GraphQLError, options: { hint: boolean }): GraphQLError {
  const shown = options.hint ? error : withoutSuggestion(error);
  return new GraphQLError(shown.message, {
    nodes: shown.nodes,
    path: shown.path,
    originalError: shown.originalError,
    extensions: { ...shown.extensions, code: 'BAD_USER_INPUT' },
  });
}
