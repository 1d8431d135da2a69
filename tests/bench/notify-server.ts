/**
 * One Orderlens replica for the notify benches (B5, B7), in a child process of its own. argv[2] is
 * JSON: the simulators' URLs and the store and pub/sub settings — none (a temporary SQLite file and
 * in-process pub/sub, the embedded default) or `DATABASE_URL` and `REDIS_URL` (one replica of several).
 * No periodic work: sweeps and drift checks on timers would add writes and upstream calls of their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOrderlens } from '../../bff/src/create-orderlens.js';
import { readEnv } from '../../bff/src/env.js';
import { sampleReferences } from '../../mocks/world/index.js';
import { listen } from './listen.js';
import { serveIpc } from './serve-ipc.js';
import type { SimUrls } from './simulators-process.js';

export interface NotifyServerConfig {
  upstreamUrls: SimUrls;
  /** PostgreSQL schema URL shared by replicas; absent = a temporary SQLite file of its own. */
  databaseUrl?: string;
  redisUrl?: string;
}

async function start() {
  const config = JSON.parse(process.argv[2] ?? '') as NotifyServerConfig;
  const dataDir = config.databaseUrl ? null : mkdtempSync(join(tmpdir(), 'orderlens-bench-notify-'));
  const env = readEnv({
    PORT: '0',
    ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: config.databaseUrl }),
    ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}),
  });
  // `samples` turns on the embedded demo routes, whose /demo/token gives the subscribers' tokens.
  const orderlens = await createOrderlens(env, {
    upstreamUrls: config.upstreamUrls,
    samples: sampleReferences,
    periodicWork: false,
    // The bench's subscribers stand for as many agents but share one demo agent's token; the
    // per-agent cap is a counter checked when a stream opens, so raising it changes no frame's cost.
    streamLimits: { maxStreamsPerAgent: 20_000 },
  });
  const server = await listen(orderlens.app);
  return {
    info: { url: server.url },
    close: async () => {
      await server.close();
      await orderlens.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

serveIpc(start(), (running) => running.close());
