/**
 * One simulated upstream (argv[2]: erp, wms or crm) on an ephemeral loopback port, in a process of
 * its own. Upstreams are separate machines in production: sharing one event loop would make the
 * three systems' answers queue behind each other, and sharing the BFF's would charge their work to
 * the BFF's latency and CPU.
 */
import { startSimulator, type SystemName } from '../../mocks/server.js';
import { serveIpc } from './serve-ipc.js';

export interface SimUrls {
  erp: string;
  wms: string;
  crm: string;
}

async function start() {
  const system = process.argv[2] as SystemName;
  if (!['erp', 'wms', 'crm'].includes(system)) throw new Error(`unknown system ${system}`);
  const sim = await startSimulator(system, { port: 0 });
  return { info: { url: sim.url }, close: sim.close };
}

serveIpc(start(), (running) => running.close());
