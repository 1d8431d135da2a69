import { createConnection, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpCut {
  /** The loopback port that forwards to the target. */
  port: number;
  /** Connections forwarded right now. */
  readonly openConnections: number;
  /** Connections cut so far. */
  readonly cutConnections: number;
  /** Drops every open connection and refuses new ones for `ms`; resolves when traffic flows again. */
  cut(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback TCP forwarder whose traffic a test can cut, e.g. between BFF replicas and Redis: only
 * the processes that connect through it lose their link, so other test files sharing the Redis
 * server are not disturbed.
 * @example const redis = await startTcpCut({ host: '127.0.0.1', port: 6379 }); await redis.cut(2000);
 */
export async function startTcpCut(target: { host: string; port: number }): Promise<TcpCut> {
  const open = new Set<Socket>();
  let refuseUntil = 0;
  let cutConnections = 0;
  const server = createServer((client) => {
    if (Date.now() < refuseUntil) return void client.destroy();
    const upstream = createConnection(target);
    open.add(client).add(upstream);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get openConnections() {
      return open.size / 2;
    },
    get cutConnections() {
      return cutConnections;
    },
    async cut(ms) {
      refuseUntil = Date.now() + ms;
      cutConnections += open.size / 2;
      // resetAndDestroy: the peer sees a reset, as when a link or a Redis node fails.
      for (const socket of [...open]) socket.resetAndDestroy();
      open.clear();
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    async close() {
      refuseUntil = Infinity;
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
