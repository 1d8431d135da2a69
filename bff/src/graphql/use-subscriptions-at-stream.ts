import { GraphQLError, type ExecutionResult } from 'graphql';
import { processRegularResult, type Plugin } from 'graphql-yoga';

const refused = new WeakSet<GraphQLError>();

/**
 * Refuses every subscription that reaches Yoga with a coded 400, so `/graphql` serves none: only
 * `/graphql/stream` bounds a stream (streams per agent, drain deadline, end at the token's `exp`),
 * and Yoga's own SSE and multipart streaming has none of that. The stream server parses and
 * validates through Yoga's envelop but calls `createSourceEventStream` itself, never envelop's
 * `subscribe`, so this hook never runs there.
 *
 * The refusal is answered as JSON whatever the request accepted: Yoga would otherwise wrap it in an
 * event stream, or find no processor for a subscription under `multipart/mixed` and answer 406.
 * @example plugins: [useSubscriptionsAtStream()]
 */
export function useSubscriptionsAtStream(): Plugin {
  const refuse = (): ExecutionResult => {
    const error = new GraphQLError('Subscriptions are served at /graphql/stream (GraphQL over SSE).', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
    refused.add(error);
    return { errors: [error] };
  };
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(refuse);
    },
    onResultProcess({ result, setResultProcessor }) {
      const errors = (result as ExecutionResult).errors;
      if (errors?.length === 1 && refused.has(errors[0]!))
        setResultProcessor(processRegularResult, 'application/json');
    },
  };
}
