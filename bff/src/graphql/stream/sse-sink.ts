import type { ServerResponse } from 'node:http';

/** One open `text/event-stream` response, written frame by frame. */
export interface SseSink {
  /** Writes a whole frame; false when the socket's buffer is full (wait for `drained()`). */
  write(frame: string | Buffer): boolean;
  drained(): Promise<void>;
  /** Runs once when the stream ends, from either side. */
  onClose(listener: () => void): void;
  end(): void;
  readonly closed: boolean;
}

/** The response headers of every stream; proxies must neither buffer nor cache it. */
export const SSE_HEADERS: Record<string, string> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/** The first bytes (some browsers wait for a body before they report a stream open) and the ping. */
const COMMENT = ':\n\n';
/** Idle streams get a comment this often, so proxies and load balancers keep them open. */
const PING_MS = 12_000;

/**
 * A sink over Node's own response: each frame is one write to the socket, the fan-out's whole
 * per-subscriber cost. `headers` are the ones the HTTP shell had set (CORS) plus the stream's. A
 * socket that stays unwritable for `drainTimeoutMs` after the write that filled it is destroyed,
 * whether or not anything waits on `drained()`.
 *
 * Once the headers are out, frames go to the socket as whole HTTP chunks that we frame ourselves:
 * `res.write` would make four writes of each (size line, CRLF, data, CRLF) with its bookkeeping,
 * and the thousand subscribers of a change all write the same frame, so its chunk is built once.
 * `res.end()` still writes the last chunk. A client without chunked encoding (HTTP/1.0) gets
 * `res.write`.
 */
export function nodeSink(
  res: ServerResponse,
  headers: Record<string, string>,
  options: { drainTimeoutMs: number },
): SseSink {
  res.writeHead(200, { ...headers, ...SSE_HEADERS });
  res.flushHeaders();
  const socket = res.socket;
  const stream = socket && res.chunkedEncoding ? socket : res;
  // The deadline starts with the write that filled the buffer, not with a later change: a reader
  // that stopped reading while its stream went quiet would keep its buffered frames for ever.
  let deadline: NodeJS.Timeout | null = null;
  const unwritable = (): false => {
    // A reader that stopped reading is dropped: its buffered frames are freed with the socket, and
    // it resumes from its last cursor when it comes back. `close` then settles the waiters.
    deadline ??= setTimeout(() => res.destroy(), options.drainTimeoutMs);
    return false;
  };
  // Nothing more than the write itself while the socket takes it.
  const write =
    stream === socket
      ? (frame: string | Buffer) => socket.write(httpChunk(frame)) || unwritable()
      : (frame: string | Buffer) => res.write(frame) || unwritable();
  // One `drain` listener per socket, however many operations of a single connection wait on it.
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (deadline) clearTimeout(deadline);
    deadline = null;
    const settled = waiters;
    waiters = [];
    for (const resolve of settled) resolve();
  };
  stream.on('drain', settle);
  res.once('close', () => {
    stream.off('drain', settle); // a kept-alive socket outlives this response
    settle();
  });
  return track({
    write,
    drained: () =>
      !stream.writableNeedDrain || stream.destroyed
        ? Promise.resolve()
        : new Promise<void>((resolve) => void waiters.push(resolve)),
    listen: (close) => res.once('close', close),
    // A full socket's reader is not reading: ending politely would keep its buffer until it does.
    end: () => (stream.writableNeedDrain ? res.destroy() : res.end()),
  });
}

const CRLF = Buffer.from('\r\n');
let lastFrame: Buffer | null = null;
let lastChunk: Buffer = CRLF;

/** `frame` as one HTTP/1.1 chunk; the chunk of the frame written just before is reused. */
function httpChunk(frame: string | Buffer): Buffer {
  if (frame === lastFrame) return lastChunk;
  const bytes = typeof frame === 'string' ? Buffer.from(frame) : frame;
  if (bytes.length === 0) return bytes; // a chunk of size 0 would end the response
  const size = Buffer.from(`${bytes.length.toString(16)}\r\n`);
  const chunk = Buffer.concat([size, bytes, CRLF], size.length + bytes.length + CRLF.length);
  if (typeof frame !== 'string') [lastFrame, lastChunk] = [frame, chunk];
  return chunk;
}

/**
 * A sink behind a web `Response`, for callers without a Node socket (in-process `app.request` in
 * tests, other runtimes). Same frames; slower, since every frame goes through a ReadableStream.
 */
export function webSink(headers: Record<string, string>): { sink: SseSink; response: Response } {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancel = () => {};
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => cancel(),
  });
  const sink = track({
    write: (frame) => {
      controller.enqueue(typeof frame === 'string' ? encoder.encode(frame) : frame);
      return (controller.desiredSize ?? 1) > 0;
    },
    drained: () => Promise.resolve(),
    listen: (close) => (cancel = close),
    end: () => controller.close(),
  });
  return { sink, response: new Response(body, { status: 200, headers: { ...headers, ...SSE_HEADERS } }) };
}

interface RawSink {
  write(frame: string | Buffer): boolean;
  drained(): Promise<void>;
  listen(close: () => void): void;
  end(): void;
}

/** The behaviour both sinks share: the first comment, pings, one close, no writes after it. */
function track(raw: RawSink): SseSink {
  const listeners: (() => void)[] = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(pinger);
    for (const listener of listeners.splice(0)) listener();
  };
  raw.listen(close);
  raw.write(COMMENT);
  const pinger = setInterval(() => raw.write(COMMENT), PING_MS);
  pinger.unref();
  return {
    write: (frame) => (closed ? true : raw.write(frame)),
    drained: () => (closed ? Promise.resolve() : raw.drained()),
    onClose: (listener) => (closed ? listener() : void listeners.push(listener)),
    end() {
      if (closed) return;
      raw.end();
      close();
    },
    get closed() {
      return closed;
    },
  };
}
