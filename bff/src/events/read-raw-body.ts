/**
 * Reads a request body as raw bytes, up to `maxBytes`. Signatures are checked over exactly these
 * bytes, so nothing may decode or re-encode them first. A `Content-Length` above the limit is
 * refused before reading anything. A body of declared length is read in one go: Node's HTTP parser
 * ends the body at that length, and @hono/node-server then reads it straight off the socket instead
 * of building a web `Request` and stream around it (most of what intake spent on HTTP). A body of
 * undeclared length (chunked) is streamed and abandoned (the stream cancelled) as soon as the limit
 * is passed, so an oversized or endless body costs at most `maxBytes` of memory.
 *
 * @example const body = await readRawBody(c.req.raw, 256 * 1024); if (body === null) return 413;
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const header = request.headers.get('content-length');
  const declared = header === null ? null : Number(header);
  if (declared !== null && declared > maxBytes) return null;
  if (declared !== null && Number.isSafeInteger(declared) && declared >= 0) {
    const body = new Uint8Array(await request.arrayBuffer());
    // A request built in-process (not parsed off a socket) may carry more than it declares.
    return body.byteLength > maxBytes ? null : body;
  }
  if (request.body === null) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
