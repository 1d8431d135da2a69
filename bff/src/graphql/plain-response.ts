/**
 * Yoga's JSON answer, as a Response @hono/node-server writes in one go. Yoga builds its responses
 * with its own fetch ponyfill, whose body the Node server can only read as a stream, chunk by
 * chunk, and after waiting a timer tick when the first read is not ready at once (~1 ms per
 * request). The body is a string already, so it is handed over as one. Streams (subscriptions over
 * SSE, incremental delivery) and anything not JSON pass through untouched.
 * @example return plainResponse(await yoga.fetch(request, { viewer, requestId }));
 */
export async function plainResponse(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json'))
    return response;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return new Response(await response.text(), { status: response.status, headers });
}
