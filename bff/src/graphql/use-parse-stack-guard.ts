import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type ParseFn = Parameters<NonNullable<Plugin['onParse']>>[0]['parseFn'];

const refused = new WeakSet<GraphQLError>();

/**
 * A document refused before it was parsed in full (too deep, too many tokens): BAD_USER_INPUT,
 * answered with 400 whatever the answer's media type.
 */
export function refusedDocument(message: string): GraphQLError {
  const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  refused.add(error);
  return error;
}

/**
 * Turns a document nested too deeply to parse into a 400 with a code. graphql-js parses values
 * (lists, input objects) recursively, and a list literal a couple of thousand levels deep overflows
 * the stack before Armor's token limit is reached; the RangeError would be masked as a 500.
 * Catching it costs nothing on documents that parse. It wraps the parse function already set
 * (Armor's), so it must come after Armor among the plugins; `/graphql`, the direct path and the
 * stream all parse through it.
 *
 * Yoga marks every parse error as one the GraphQL-over-HTTP spec answers with 200 under
 * `application/json`; a refused document is not a typo in a query but input we will not take, so
 * its 400 is restored just before Yoga picks the status.
 * @example plugins: [EnvelopArmorPlugin(...), useParseStackGuard()]
 */
export function useParseStackGuard(): Plugin {
  // One wrapper per parse function (Armor's is made once), not one per request.
  const guarded = new WeakMap<ParseFn, ParseFn>();
  const guard =
    (parseFn: ParseFn): ParseFn =>
    (source, options) => {
      try {
        return parseFn(source, options);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw refusedDocument('Syntax Error: the document is nested too deeply.');
      }
    };
  return {
    onParse({ parseFn, setParseFn }) {
      let wrapped = guarded.get(parseFn);
      if (!wrapped) guarded.set(parseFn, (wrapped = guard(parseFn)));
      setParseFn(wrapped);
    },
    onResultProcess({ result }) {
      const errors = (result as ExecutionResult).errors;
      if (!errors) return;
      for (const error of errors) {
        if (refused.has(error)) (error.extensions.http as { spec?: boolean }).spec = false;
      }
    },
  };
}
