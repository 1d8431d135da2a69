import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createOrderlens } from '../../bff/src/create-orderlens.js';
import { readEnv } from '../../bff/src/env.js';
import { httpServerOptions } from '../../bff/src/http/server-options.js';

/*
 * One BFF replica as its own process, so a test can SIGKILL it: `node --import tsx
 * tests/support/replica-process.ts` with the replica's settings in its environment (real upstream
 * URLs required). Only event rules act (no periodic sweeps). It prints `{"listening":<port>}` on
 * stdout once it accepts connections, and exits when its stdin closes, so a parent that dies
 * leaves no orphan behind.
 */
const env = readEnv(process.env);
if (env.embedded) throw new Error('replica-process needs ERP_URL, WMS_URL and CRM_URL');
const orderlens = await createOrderlens(env, {
  upstreamUrls: { erp: env.upstreams.erp.url!, wms: env.upstreams.wms.url!, crm: env.upstreams.crm.url! },
  periodicWork: false,
});
const serverOptions = httpServerOptions(); // as main.ts serves it
const server = serve(
  { fetch: orderlens.app.fetch, port: env.port, hostname: env.host, serverOptions },
  () => {
    process.stdout.write(`${JSON.stringify({ listening: (server.address() as AddressInfo).port })}\n`);
  },
);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  server.close();
  if ('closeAllConnections' in server) server.closeAllConnections(); // SSE streams would hold close() open
  await orderlens.close().catch(() => {});
  process.exit(code);
};
process.once('SIGTERM', () => void stop(0));
process.once('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(1)).resume();
