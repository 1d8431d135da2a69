/**
 * Reads a request body as raw bytes, up to `maxBytes`. Signatures are checked over exactly these
 * bytes, so nothing may decode or re-encode them first. Stops reading (and cancels the stream)
 * as soon as the limit is passed, so an oversized or endless body costs at most `maxBytes` of memory;
 * a `Content-Length` above the limit is refused before reading anything.
 *
 * @example const body = await readRawBody(c.req.raw, 256 * 1024); if (body === null) return 413;
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
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
