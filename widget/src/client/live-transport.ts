import { createClient } from 'graphql-sse';
import type { GraphQLResult, LiveSink } from './bff-client.js';
import type { TypedDocumentString } from './typed-document.js';

export interface LiveTransportOptions {
  /** The BFF's GraphQL-over-SSE endpoint, e.g. `https://orderlens.example.com/graphql/stream`. */
  url: string;
  /** Headers for each (re)connection; `fresh` asks for a new token after the BFF refused one. */
  headers(fresh: boolean): Promise<Record<string, string>>;
  fetch: typeof fetch;
}

export interface LiveTransport {
  subscribe<TResult, TVariables>(
    query: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    sink: LiveSink<TResult>,
  ): () => void;
}

/**
 * One graphql-sse client in single connection mode: every subscription of a BFF client shares one
 * stream, opened on the first subscribe and closed a moment after the last one ends. The client's
 * own retries are off: a subscription that breaks reports it, and the subscription controller
 * subscribes again from its last cursor, which the client's retry (same variables) cannot do.
 * Loaded on first use, so the widget's entry does not carry graphql-sse.
 * @example createLiveTransport({ url: '/graphql/stream', headers: async () => auth, fetch });
 */
export function createLiveTransport(options: LiveTransportOptions): LiveTransport {
  /** Operation ids handed to graphql-sse (it asks synchronously inside `subscribe`), then their sinks. */
  const nextIds: string[] = [];
  const accepted = new Map<string, () => void>();
  let sequence = 0;
  let refused = false;

  const client = createClient({
    singleConnection: true,
    lazy: true,
    // Switching orders ends one subscription and starts the next: keep the stream across the gap.
    lazyCloseTimeout: 3_000,
    retryAttempts: 0,
    url: options.url,
    credentials: 'omit',
    headers: async () => {
      const headers = await options.headers(refused);
      refused = false;
      return headers;
    },
    generateID: () => nextIds.shift() ?? `op-${++sequence}`,
    // The BFF answers a POST with 202 once the subscription is registered: from then on nothing is
    // missed, which is when a list loaded before may need loading again.
    fetchFn: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await options.fetch(input, init);
      if (init?.method === 'PUT' && response.status === 401) refused = true;
      if (init?.method === 'POST' && response.status === 202 && typeof init.body === 'string') {
        const id = (JSON.parse(init.body) as { extensions?: { operationId?: string } }).extensions
          ?.operationId;
        if (id) accepted.get(id)?.();
      }
      // graphql-sse reads only the status of these; finish their empty bodies so they end cleanly.
      if (init?.method === 'POST' || init?.method === 'DELETE')
        void response
          .clone()
          .text()
          .catch(() => {});
      return response;
    },
  });

  return {
    subscribe<TResult, TVariables>(
      query: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      sink: LiveSink<TResult>,
    ) {
      const id = `op-${++sequence}`;
      accepted.set(id, () => sink.accepted?.());
      nextIds.push(id);
      const forget = () => accepted.delete(id);
      // graphql-sse takes any variables object; the document's own type was checked by the caller.
      const dispose = client.subscribe<TResult>(
        { query, variables: variables as Record<string, unknown> },
        {
          next: (result) =>
            sink.next({
              data: result.data ?? null,
              errors: [...(result.errors ?? [])],
            } as GraphQLResult<TResult>),
          error: (error) => {
            forget();
            sink.error(error);
          },
          complete: () => {
            forget();
            sink.complete();
          },
        },
      );
      return () => {
        forget();
        dispose();
      };
    },
  };
}
