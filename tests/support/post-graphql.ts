/**
 * Posts a GraphQL operation to a running BFF as the bearer of `token` and returns `data`; GraphQL
 * errors or a missing `data` throw, with the start of the body in the message.
 * @example const { viewer } = await postGraphql<{ viewer: { id: string } }>(url, token, '{ viewer { id } }');
 */
export async function postGraphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors)
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}
