import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's hints: `Did you mean "x"?`, `… the enum value "X"?`, `… to use an inline fragment on "T"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * `error` without graphql-js's "Did you mean …?" hint (a new GraphQLError with the same nodes, path
 * and extensions); any other error as it is.
 * @example errors.map(withoutSuggestion)
 */
export const withoutSuggestion = <E extends Error>(error: E): E | GraphQLError => {
  if (!(error instanceof GraphQLError) || !error.message.includes('Did you mean')) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, '').trim(), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
};

/**
 * Drops graphql-js's "Did you mean …?" hints from validation errors (field, argument, type and
 * enum-value names) and from request errors (a variable's enum value), so a production endpoint
 * that hides its introspection does not spell its schema out one suggestion at a time. Armor's
 * `blockFieldSuggestion` matches only `Did you mean "x"?` and misses enum values.
 * @example plugins: [...(exploration ? [] : [useHiddenSuggestions()])]
 */
export function useHiddenSuggestions(): Plugin {
  // Made once: the hooks run on every request.
  const onValidateEnd: ReturnType<NonNullable<Plugin['onValidate']>> = ({ valid, result, setResult }) => {
    if (!valid) setResult(result.map(withoutSuggestion));
  };
  const onExecuteEnd = {
    onExecuteDone({ result, setResult }: { result: unknown; setResult(result: ExecutionResult): void }) {
      const single = result as ExecutionResult;
      if (single.errors?.length) setResult({ ...single, errors: single.errors.map(withoutSuggestion) });
    },
  };
  return { onValidate: () => onValidateEnd, onExecute: () => onExecuteEnd };
}
