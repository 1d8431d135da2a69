import type { LiveTransport } from './live-transport.js';
import { claimsOf } from './token-claims.js';
import type { TypedDocumentString } from './typed-document.js';

/** A GraphQL error as the BFF sends it; `system` names the upstream behind an upstream error. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; system?: string };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorEntry[];
}

/** The host's way to hand the widget a bearer token; called again when the BFF answers 401. */
export type GetToken = () => string | Promise<string>;

export interface BffClientOptions {
  /** The BFF's GraphQL endpoint, e.g. `https://orderlens.example.com/graphql`. */
  endpoint: string;
  /** Its GraphQL-over-SSE endpoint for subscriptions; defaults to `<endpoint>/stream`. */
  streamEndpoint?: string;
  getToken: GetToken;
  fetch?: typeof fetch;
}

/** Where one subscription's results go. */
export interface LiveSink<T> {
  next(result: GraphQLResult<T>): void;
  /** The stream broke or the subscription could not start; nothing more arrives. */
  error(error: unknown): void;
  /** The server ended the subscription. */
  complete(): void;
  /** The server registered the subscription: every later change reaches `next`. */
  accepted?(): void;
}

/** Who the token says the agent is. Read for display only; the BFF decides what is allowed. */
export interface ViewerClaims {
  id: string;
  roles: readonly string[];
}

/**
 * Queries, mutations and subscriptions take one of the widget's typed documents (`documents/`), so
 * their variables are checked and their results typed from the generated types, without casts.
 */
export interface BffClient {
  request<TResult, TVariables>(
    query: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<GraphQLResult<TResult>>;
  /**
   * Starts a subscription over the client's one streaming connection and returns its stop
   * function. Optional: a client without it gives the widget no live updates.
   */
  subscribe?<TResult, TVariables>(
    query: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    sink: LiveSink<TResult>,
  ): () => void;
  /** The agent the current token names; optional, like `subscribe`. */
  viewer?(): Promise<ViewerClaims | null>;
}

/** The request failed as a whole: network, authentication, or a non-GraphQL answer. */
export class BffRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * The widget's whole GraphQL client: one POST with JSON, a bearer token kept in this closure only
 * (never in web storage, so a script on the host page cannot lift it later), and one retry with a
 * fresh token after a 401. Subscriptions share one GraphQL-over-SSE stream per client, whose code
 * loads on the first `subscribe`.
 * @example const client = createBffClient({ endpoint: '/graphql', getToken: () => host.token() });
 */
export function createBffClient(options: BffClientOptions): BffClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let token: Promise<string> | null = null;
  const currentToken = (fresh: boolean) => {
    if (fresh || !token) {
      const next = Promise.resolve().then(options.getToken);
      token = next;
      // A failed attempt is not kept: the next request asks the host again.
      next.catch(() => (token === next ? (token = null) : null));
    }
    return token;
  };

  const post = async (body: string, fresh: boolean, signal?: AbortSignal) =>
    doFetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${await currentToken(fresh)}`,
      },
      body,
      signal: signal ?? null,
      credentials: 'omit',
    });

  let live: Promise<LiveTransport> | undefined;
  const transport = () =>
    (live ??= import('./live-transport.js')
      .then(({ createLiveTransport }) =>
        createLiveTransport({
          url: options.streamEndpoint ?? `${options.endpoint.replace(/\/$/, '')}/stream`,
          headers: async (fresh) => ({ authorization: `Bearer ${await currentToken(fresh)}` }),
          fetch: doFetch,
        }),
      )
      .catch((error: unknown) => {
        live = undefined; // an unreachable chunk is tried again on the next subscribe
        throw error;
      }));

  return {
    subscribe<TResult, TVariables>(
      query: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      sink: LiveSink<TResult>,
    ) {
      let stop: (() => void) | undefined;
      let stopped = false;
      transport().then(
        (t) => {
          if (!stopped) stop = t.subscribe(query, variables, sink);
        },
        (error: unknown) => {
          if (!stopped) sink.error(error);
        },
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    async viewer() {
      try {
        return claimsOf(await currentToken(false));
      } catch {
        return null;
      }
    },
    async request<TResult, TVariables>(
      query: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      signal?: AbortSignal,
    ) {
      const body = JSON.stringify({ query, variables });
      let response = await post(body, false, signal);
      if (response.status === 401) response = await post(body, true, signal);
      const json = (await response.json().catch(() => null)) as {
        data?: TResult | null;
        errors?: GraphQLErrorEntry[];
      } | null;
      // The panel's render time is measured from here: the moment the data is in hand.
      performance.mark('orderlens:data');
      if (!json || (json.data == null && json.errors?.length && !response.ok)) {
        const first = json?.errors?.[0];
        throw new BffRequestError(
          first?.message ?? `HTTP ${response.status}`,
          response.status,
          first?.extensions?.code,
        );
      }
      return { data: json.data ?? null, errors: json.errors ?? [] };
    },
  };
}
