/**
 * B5's baseline, in a child process of its own: the least an SSE fan-out can do. `GET /stream/:channel`
 * holds a text/event-stream response open; `POST /publish/:channel` takes a frame's `data` as its
 * body, frames it once (pre-serialised bytes) and writes that buffer to every stream of the channel,
 * then answers 202. No parsing, no store, no GraphQL: what a Node HTTP server and loopback cost.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveIpc } from './serve-ipc.js';

const STREAM = /^\/stream\/([\w-]+)$/;
const PUBLISH = /^\/publish\/([\w-]+)$/;

async function start() {
  const channels = new Map<string, Set<ServerResponse>>();
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const stream = STREAM.exec(url);
    if (stream && req.method === 'GET') {
      const channel = stream[1]!;
      let streams = channels.get(channel);
      if (!streams) channels.set(channel, (streams = new Set()));
      const set = streams;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      res.write(':\n\n'); // as graphql-sse does: the client knows the stream is open
      set.add(res);
      res.on('close', () => set.delete(res));
      return;
    }
    const publish = PUBLISH.exec(url);
    if (publish && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const frame = Buffer.concat([Buffer.from('event: next\ndata: '), ...chunks, Buffer.from('\n\n')]);
        const streams = channels.get(publish[1]!) ?? new Set();
        for (const s of streams) s.write(frame);
        res.writeHead(202, { 'content-type': 'application/json' }).end(`{"delivered":${streams.size}}`);
      });
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

serveIpc(start(), (running) => running.close());
