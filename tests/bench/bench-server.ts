/**
 * The BFF under test, in a child process of its own (argv[2]: the simulators' URLs as JSON):
 * - `url`: Orderlens as shipped, with the bench-only `GET /rest/orders/:number` (B4's baseline)
 *   mounted in front of it on the same Hono app, server and process;
 * - `naiveUrl`: a second Orderlens with DataLoader batching and caching off (B2's baseline);
 * - `proxyUrl`: the minimal proxy (B1's third baseline), a bare `node:http` server.
 */
import { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier } from '../../bff/src/auth/verify-token.js';
import { createOrderlens } from '../../bff/src/create-orderlens.js';
import { readEnv } from '../../bff/src/env.js';
import { createUpstreams } from '../../bff/src/upstream/create-upstreams.js';
import { sampleReferences } from '../../mocks/world/index.js';
import { listen } from './listen.js';
import { createFanOut } from './fan-out.js';
import { startMinimalProxy } from './minimal-proxy.js';
import { createRestOrderRoute } from './rest-order-route.js';
import { serveIpc } from './serve-ipc.js';
import type { SimUrls } from './simulators-process.js';

export interface BenchServerInfo {
  url: string;
  naiveUrl: string;
  proxyUrl: string;
}

async function start() {
  const upstreamUrls = JSON.parse(process.argv[2] ?? '') as SimUrls;
  // A store of its own per instance and run, so the bench never touches the repo's .data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'orderlens-bench-'));
  // The embedded default's config (its own JWT secret, demo routes for tokens), as a user runs it.
  const env = readEnv({ PORT: '0', DATA_DIR: join(dataDir, 'main') });
  // No SLA sweeps or drift checks on timers: they call the ERP on their own schedule, which would
  // add to the measured requests' upstream calls and CPU.
  const orderlens = await createOrderlens(env, {
    upstreamUrls,
    samples: sampleReferences,
    periodicWork: false,
  });
  // The naive baseline fans out hundreds of calls per page through the same 16-connection pools;
  // long timeouts keep it from timing out and retrying, which would only inflate its count.
  const naiveEnv = readEnv({
    PORT: '0',
    DATA_DIR: join(dataDir, 'naive'),
    ERP_TIMEOUT_MS: '60000',
    WMS_TIMEOUT_MS: '60000',
    CRM_TIMEOUT_MS: '60000',
  });
  const naive = await createOrderlens(naiveEnv, { upstreamUrls, loaderBatching: false, periodicWork: false });
  const restUpstreams = createUpstreams(env, upstreamUrls);

  const app = new Hono()
    .route(
      '/',
      createRestOrderRoute({ upstreams: restUpstreams.clients, verifyToken: createTokenVerifier(env.jwt) }),
    )
    .route('/', orderlens.app);
  const proxyFanOut = createFanOut(upstreamUrls);
  const [main, naiveServer, proxy] = await Promise.all([
    listen(app),
    listen(naive.app),
    startMinimalProxy(proxyFanOut),
  ]);
  const info: BenchServerInfo = { url: main.url, naiveUrl: naiveServer.url, proxyUrl: proxy.url };
  return {
    info,
    close: async () => {
      await Promise.all([main.close(), naiveServer.close(), proxy.close()]);
      await Promise.all([orderlens.close(), naive.close(), restUpstreams.close(), proxyFanOut.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

serveIpc(start(), (running) => running.close());
