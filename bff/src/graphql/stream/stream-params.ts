import type { Context } from 'hono';
import type { StreamParams } from './prepare-subscription.js';

/**
 * A graphql-sse request's GraphQL parameters: the JSON body of a POST, the query string of a GET;
 * null when they cannot be read (not JSON, not an object).
 * @example const params = await readStreamParams(c); if (!params) return problem(c, 400, '…');
 */
export async function readStreamParams(c: Context): Promise<StreamParams | null> {
  return c.req.method === 'POST' ? bodyOf(c) : queryParams(c);
}

async function bodyOf(c: Context): Promise<StreamParams | null> {
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as StreamParams) : null;
  } catch {
    return null;
  }
}

function queryParams(c: Context): StreamParams | null {
  const variables = c.req.query('variables');
  const extensions = c.req.query('extensions');
  try {
    return {
      query: c.req.query('query'),
      operationName: c.req.query('operationName'),
      variables: variables ? JSON.parse(variables) : undefined,
      extensions: extensions ? JSON.parse(extensions) : undefined,
    };
  } catch {
    return null;
  }
}
