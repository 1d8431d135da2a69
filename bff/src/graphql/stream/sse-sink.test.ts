import { createServer, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeSink, type SseSink } from './sse-sink.js';

const MB = Buffer.alloc(1024 * 1024, 'x');

/** A server whose one stream is handed to the test, and a client that sends a GET and never reads. */
async function stalledStream(drainTimeoutMs: number) {
  let opened!: (value: { res: ServerResponse; sink: SseSink }) => void;
  const stream = new Promise<{ res: ServerResponse; sink: SseSink }>((resolve) => (opened = resolve));
  const server: Server = createServer((_req, res) =>
    opened({ res, sink: nodeSink(res, {}, { drainTimeoutMs }) }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client: Socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  client.pause();
  client.on('error', () => {});
  client.write('GET /stream HTTP/1.1\r\nhost: x\r\naccept: text/event-stream\r\n\r\n');
  const { res, sink } = await stream;
  /** Writes until the socket's buffer is full, as a burst of changes would. */
  const fill = () => {
    for (let i = 0; i < 500; i++) if (!sink.write(MB)) return true;
    return false;
  };
  const closed = new Promise<number>((resolve) => res.once('close', () => resolve(Date.now())));
  opened = () => {};
  cleanups.push(() => {
    client.destroy();
    server.closeAllConnections();
    server.close();
  });
  return { res, sink, client, fill, closed };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('nodeSink', () => {
  it('drops a socket that stays unwritable after a full write, though nothing waits for it to drain', async () => {
    const { fill, closed } = await stalledStream(300);
    const full = Date.now();
    expect(fill()).toBe(true);
    const at = await Promise.race([closed, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    expect(at).not.toBeNull();
    expect(at! - full).toBeGreaterThanOrEqual(250);
  });

  it('waits on one drain listener for all who wait, and settles them all when the reader reads', async () => {
    const { res, sink, client, fill } = await stalledStream(10_000);
    const socket = res.socket!;
    const before = socket.listenerCount('drain');
    expect(fill()).toBe(true);
    const waits = Array.from({ length: 20 }, () => sink.drained());
    expect(socket.listenerCount('drain')).toBe(before);
    let settled = 0;
    for (const wait of waits) void wait.then(() => settled++);
    client.resume();
    await Promise.all(waits);
    expect(settled).toBe(20);
    expect(res.destroyed).toBe(false);
  });
});
