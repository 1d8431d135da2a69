/**
 * The notify benches' client, in a child process of its own: it holds every SSE subscriber and also
 * posts the events, so "post start → frame read" is measured on one monotonic clock, and none of
 * this work runs on the bench's or a server's event loop. The parent drives it over a loopback
 * control API (see sse-load-control.ts):
 * - `POST /open` opens a group of subscriber streams to one server;
 * - `POST /turn` posts events at a fixed rate to a server and times their frames at one or more groups.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import type { Tenant } from './bff-client.js';
import { notifyEvent, type NotifyEvent } from './notify-events.js';
import { createTurn, type TurnResult } from './publish-turn.js';
import { serveIpc } from './serve-ipc.js';
import { createSseSubscribers, type OpenOptions, type SseSubscribers } from './sse-subscribers.js';

export interface OpenRequest extends OpenOptions {
  group: string;
}

export interface TurnRequest {
  /** Whose frames are timed (several: on the same events); other groups' frames count as foreign. */
  groups: string[];
  /** Where events are posted, and as what: signed WMS webhooks, or the raw baseline's publish. */
  origin: string;
  mode: 'webhook' | 'raw';
  events: number;
  tenants: Tenant[];
  ratePerS: number;
  maxMs: number;
  drainMs: number;
  /** Raw frames are padded to this data length (the subscription's frames' length). */
  frameBytes?: number;
}

export type TurnReply = TurnResult & {
  /** Frames of other groups read during this turn: another side's backlog competing with this one. */
  foreignFrames: number;
  streamErrors: number;
  firstStreamError: string | null;
};

async function start() {
  const groups = new Map<string, SseSubscribers>();
  const publishers = new Map<string, Pool>();
  let current: { groups: string[]; receive: ReturnType<typeof createTurn>['receive'] } | null = null;
  let foreignFrames = 0;
  // Orders are never reused within a run: a reused order would change nothing, or change differently.
  let nextPair = 0;

  const groupOf = (name: string) => {
    let group = groups.get(name);
    if (!group) {
      group = createSseSubscribers((_tenant, key, at, bytes) => {
        if (current?.groups.includes(name)) current.receive(name, key, at, bytes);
        else if (current) foreignFrames++;
      });
      groups.set(name, group);
    }
    return group;
  };
  const publisher = (origin: string) => {
    let pool = publishers.get(origin);
    if (!pool) publishers.set(origin, (pool = new Pool(origin, { connections: 64 })));
    return pool;
  };

  async function turn(request: TurnRequest): Promise<TurnReply> {
    const timed = request.groups.map((name) => {
      const group = groups.get(name);
      if (!group) throw new Error(`no group ${name}`);
      return [name, group] as const;
    });
    const events: NotifyEvent[] = [];
    for (let i = 0; i < request.events; i++) {
      const pair = nextPair + Math.floor(i / 2);
      const tenant = request.tenants[Math.floor(i / 2) % request.tenants.length]!;
      events.push(notifyEvent(request.mode, tenant, pair, (i % 2) as 0 | 1, request.frameBytes));
    }
    nextPair += Math.ceil(request.events / 2);
    const pool = publisher(request.origin);
    const t = createTurn({
      events,
      ratePerS: request.ratePerS,
      maxMs: request.maxMs,
      drainMs: request.drainMs,
      groups: Object.fromEntries(timed.map(([name, group]) => [name, group.count])),
      async post(event) {
        const res = await pool.request({
          method: 'POST',
          path: event.path,
          headers: event.headers,
          body: event.body,
          headersTimeout: 15_000,
          bodyTimeout: 15_000,
        });
        const text = await res.body.text();
        if (res.statusCode !== 202 || (request.mode === 'webhook' && !text.includes('"applied"')))
          throw new Error(`${event.path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
      },
    });
    foreignFrames = 0;
    current = { groups: request.groups, receive: t.receive };
    try {
      const result = await t.run();
      const failures = timed.map(([, group]) => group.errors());
      return {
        ...result,
        foreignFrames,
        streamErrors: failures.reduce((sum, f) => sum + f.errors, 0),
        firstStreamError: failures.find((f) => f.firstError)?.firstError ?? null,
      };
    } finally {
      current = null;
    }
  }

  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    readJson(req)
      .then(async (body) => {
        if (req.url === '/open') {
          const { group, ...options } = body as OpenRequest;
          const started = performance.now();
          await groupOf(group).open(options);
          return reply(200, { ms: performance.now() - started });
        }
        if (req.url === '/turn') return reply(200, await turn(body as TurnRequest));
        reply(404, { error: 'not found' });
      })
      .catch((error: unknown) =>
        reply(500, { error: error instanceof Error ? error.message : String(error) }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
    async close() {
      await Promise.all([...groups.values()].map((g) => g.close()));
      await Promise.all([...publishers.values()].map((p) => p.destroy()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
}

serveIpc(start(), (running) => running.close());
