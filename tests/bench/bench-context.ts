import type { SampleReferences } from '../../mocks/world/index.js';
import type { BffClient, Tenant } from './bff-client.js';
import type { Child } from './fork-child.js';
import type { FanOut } from './fan-out.js';
import type { BenchServerInfo } from './bench-server.js';
import type { SimControl } from './sim-control.js';
import type { SimUrls } from './simulators-process.js';

/** What every bench gets from `run.ts`: the running processes and clients for them. */
export interface BenchContext {
  sims: SimControl;
  /** The simulators' URLs, for benches that start BFFs of their own (B5, B7). */
  simUrls: SimUrls;
  /** The BFF's process: its CPU usage, for per-phase CPU. */
  server: Child<BenchServerInfo>;
  /** The simulators' processes, one per system. */
  simulators: Child<{ url: string }>[];
  /** Orderlens as shipped, plus the bench-only REST route. */
  bff: BffClient;
  /** Orderlens with DataLoader batching and caching off. */
  naive: BffClient;
  /** The minimal proxy (`minimal-proxy.ts`), in the BFF's process. */
  proxy: BffClient;
  fanOut: FanOut;
  samples: Record<Tenant, SampleReferences[]>;
  /**
   * Registers clean-up that must happen even if the watchdog stops the run (a PostgreSQL schema);
   * the returned function runs it now, once, and unregisters it.
   */
  onStop(cleanUp: () => Promise<void>): () => Promise<void>;
}

/** Request i's tenant and sample: alternate tenants, walk each tenant's samples. */
export function rotate(ctx: BenchContext, i: number): { tenant: Tenant; sample: SampleReferences } {
  const tenant: Tenant = i % 2 === 0 ? 'acme' : 'globex';
  const list = ctx.samples[tenant];
  return { tenant, sample: list[Math.floor(i / 2) % list.length]! };
}
