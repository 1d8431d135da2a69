/** A response as bytes and plain headers, ready to be written to a socket in one call. */
export interface SerializedResponse {
  status: number;
  headers: Record<string, string>;
  payload: Buffer<ArrayBuffer>;
}

const serialized = new WeakMap<Response, SerializedResponse>();

/** Reads a response's body and headers into a `SerializedResponse`. */
export async function serializeResponse(response: Response): Promise<SerializedResponse> {
  const known = serialized.get(response);
  if (known) return known;
  const payload = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  headers['content-length'] = String(payload.length);
  return { status: response.status, headers, payload };
}

/**
 * Serialises a response now and returns an equal one whose serialisation is remembered, so that a
 * later `serializeResponse` of it costs nothing. A simulator does this before it waits out its
 * latency, so that the bytes leave the moment the wait ends; an in-process caller reads the
 * returned response as it would have read the original.
 * @example const ready = await serializeAhead(response); await sleepUntil(deadline, signal); return ready;
 */
export async function serializeAhead(response: Response): Promise<Response> {
  const result = await serializeResponse(response);
  const ready = new Response(result.payload, {
    status: result.status,
    headers: response.headers,
  });
  serialized.set(ready, result);
  return ready;
}
