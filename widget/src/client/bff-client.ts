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
  getToken: GetToken;
  fetch?: typeof fetch;
}

export interface BffClient {
  request<T>(
    query: string,
    variables: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<GraphQLResult<T>>;
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
 * fresh token after a 401.
 * @example const client = createBffClient({ endpoint: '/graphql', getToken: () => host.token() });
 */
export function createBffClient(options: BffClientOptions): BffClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let token: Promise<string> | null = null;
  const currentToken = (fresh: boolean) => {
    if (fresh || !token) token = Promise.resolve().then(options.getToken);
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

  return {
    async request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal) {
      const body = JSON.stringify({ query, variables });
      let response = await post(body, false, signal);
      if (response.status === 401) response = await post(body, true, signal);
      const json = (await response.json().catch(() => null)) as {
        data?: T | null;
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
