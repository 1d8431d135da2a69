import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulators } from '../../mocks/server.js';
import { getWorld, sampleReferences } from '../../mocks/world/index.js';
import { DEMO_AGENTS } from '../../bff/src/auth/demo-agents.js';
import { signToken } from '../../bff/src/auth/sign-token.js';
import { createOrderlens } from '../../bff/src/create-orderlens.js';
import { readEnv } from '../../bff/src/env.js';
import { httpServerOptions, type ServerTimeouts } from '../../bff/src/http/server-options.js';

export type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * The embedded default on ephemeral loopback ports: the three simulators over real HTTP and the BFF
 * listening too, so tests exercise the same sockets, pools and timeouts a user's requests do.
 */
export async function startStack(
  settings: Record<string, string> = {},
  timeouts: ServerTimeouts = {},
  /** createOrderlens options beyond the embedded default's, e.g. short stream deadlines. */
  extra: Pick<Parameters<typeof createOrderlens>[1], 'streamLimits'> = {},
) {
  const sims = await startSimulators({ erpPort: 0, wmsPort: 0, crmPort: 0 });
  // Each stack gets its own SQLite file, so test files running in parallel share nothing.
  const dataDir = mkdtempSync(join(tmpdir(), 'orderlens-stack-'));
  const env = readEnv({ PORT: '0', DATA_DIR: dataDir, ...settings });
  const orderlens = await createOrderlens(env, {
    upstreamUrls: { erp: sims.erp.url, wms: sims.wms.url, crm: sims.crm.url },
    samples: sampleReferences,
    deskOrders: () => getWorld().orders,
    ...extra,
  });
  const server: ServerType = await new Promise((resolve) => {
    const serverOptions = httpServerOptions(timeouts); // as main.ts serves it
    const s = serve({ fetch: orderlens.app.fetch, port: 0, hostname: '127.0.0.1', serverOptions }, () =>
      resolve(s),
    );
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const secret = env.jwt.secret!;

  const tokenFor = (agentId = 'agent-anna') => {
    const agent = DEMO_AGENTS.find((a) => a.id === agentId);
    if (!agent) throw new Error(`no demo agent ${agentId}`);
    return signToken(agent, { ...env.jwt, secret });
  };

  /** Posts a GraphQL operation as a demo agent and returns the parsed body. */
  const gql = async <T = any>(query: string, variables: Record<string, unknown> = {}, agentId?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(agentId)}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: T; errors?: any[] } };
  };

  const scenario = async (system: 'erp' | 'wms' | 'crm', body: Record<string, unknown>) => {
    const res = await fetch(`${sims[system].url}/_sim/scenario`, {
      method: 'PUT',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    if (!res.ok) throw new Error(`scenario ${system}: ${res.status}`);
  };
  const stats = async (system: 'erp' | 'wms' | 'crm') =>
    (await (await fetch(`${sims[system].url}/_sim/stats`)).json()) as {
      total: number;
      routes: Record<string, number>;
    };
  const reset = () =>
    Promise.all(
      (['erp', 'wms', 'crm'] as const).map((s) => fetch(`${sims[s].url}/_sim/reset`, { method: 'POST' })),
    );

  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections(); // keep-alive sockets would hold close() open
    await closed;
    await orderlens.close();
    await sims.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    url,
    env,
    sims,
    orderlens,
    tokenFor,
    gql,
    scenario,
    stats,
    reset,
    close,
    samples: sampleReferences,
  };
}
