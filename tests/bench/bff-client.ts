import { Pool } from 'undici';

export type Tenant = 'acme' | 'globex';
export const TENANTS: readonly Tenant[] = ['acme', 'globex'];
/** A demo agent per tenant (bff/src/auth/demo-agents.ts), so each tenant's references resolve. */
const AGENT: Record<Tenant, string> = { acme: 'agent-anna', globex: 'agent-gary' };

export interface GraphqlBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The load generator's client for one BFF server: a keep-alive undici pool, the demo agents' tokens
 * (from the embedded default's `/demo/token`), and GraphQL and REST calls that read the whole body
 * and fail on any error, so a fast wrong answer never counts as a fast answer.
 * @example const bff = await createBffClient(url); await bff.graphql(ORDER_360, { ref }, 'acme');
 */
export async function createBffClient(url: string, { connections = 32, tokensFrom = url } = {}) {
  const pool = new Pool(url, {
    connections,
    keepAliveTimeout: 30_000,
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
  });
  const tokens = {} as Record<Tenant, string>;
  for (const tenant of TENANTS) {
    const res = await fetch(`${tokensFrom}/demo/token?agent=${AGENT[tenant]}`);
    if (!res.ok) throw new Error(`demo token for ${tenant}: ${res.status}`);
    tokens[tenant] = ((await res.json()) as { token: string }).token;
  }

  const get = async (path: string, init: { method: 'GET' | 'POST'; body?: string }, tenant: Tenant) => {
    const res = await pool.request({
      path,
      method: init.method,
      body: init.body,
      headers: {
        authorization: `Bearer ${tokens[tenant]}`,
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
    return JSON.parse(text) as GraphqlBody;
  };

  return {
    /** Runs an operation as the tenant's demo agent; rejects on HTTP or GraphQL errors. */
    async graphql(query: string, variables: Record<string, unknown>, tenant: Tenant): Promise<GraphqlBody> {
      const body = await get(
        '/graphql',
        { method: 'POST', body: JSON.stringify({ query, variables }) },
        tenant,
      );
      if (body.errors?.length)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
      return body;
    },
    rest: (path: string, tenant: Tenant) => get(path, { method: 'GET' }, tenant),
    /** The tenant's demo agent's bearer token (for SSE subscribers). */
    token: (tenant: Tenant) => tokens[tenant],
    close: () => pool.close(),
  };
}

export type BffClient = Awaited<ReturnType<typeof createBffClient>>;
