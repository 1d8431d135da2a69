/**
 * `npm run bench`: B1, B2, B4, B5 and B7 of QUALITY.md, each against a baseline measured in this same run.
 * The simulators (one process per system) and the BFF run in child processes; this one only generates load and
 * reads counters, so its work never shows up in the server's latency or CPU. Prints a table per
 * bench and writes the same figures to bench-results/<id>.json and bench-results/summary.json.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { sampleReferences } from '../../mocks/world/index.js';
import { runB1 } from './b1-order360.js';
import { runB2 } from './b2-page.js';
import { runB4 } from './b4-rest.js';
import { runB5 } from './b5-notify.js';
import { runB7 } from './b7-replicas.js';
import type { BenchContext } from './bench-context.js';
import type { BenchServerInfo } from './bench-server.js';
import { createBffClient, TENANTS } from './bff-client.js';
import { createFanOut } from './fan-out.js';
import { forkChild } from './fork-child.js';
import { runLoad } from './load.js';
import { report, type BenchReport } from './report.js';
import { createSimControl, SYSTEMS } from './sim-control.js';
import type { SimUrls } from './simulators-process.js';

/** The run stops by itself whatever hangs: start-up plus each selected bench's budget. */
const STARTUP_MS = 40_000;
/** Up to this many seeded orders per tenant with a reference of every kind (161 acme, 109 globex). */
const SAMPLES_PER_TENANT = 200;
/** Each bench with the most it may take (B1, B2 and B4 together, and B5 and B7 together, < 3 min). */
const BENCHES: [string, (ctx: BenchContext) => Promise<BenchReport>, budgetMs: number][] = [
  ['B1', runB1, 60_000],
  ['B2', runB2, 30_000],
  ['B4', runB4, 45_000],
  ['B5', runB5, 75_000],
  ['B7', runB7, 65_000],
];

// `npm run bench -- B2` runs only B2; no arguments run all.
const only = process.argv.slice(2).map((a) => a.toUpperCase());
const selected = BENCHES.filter(([id]) => only.length === 0 || only.includes(id));
if (!selected.length)
  throw new Error(`no bench named ${only.join(', ')}; one of ${BENCHES.map(([id]) => id).join(', ')}`);

const started = new Date();
// Other work on the machine shows up in every figure; the load average says how much there was.
const loadAtStart = loadavg()[0]!;
const simulators = await Promise.all(
  SYSTEMS.map((s) => forkChild<{ url: string }>(new URL('./simulators-process.ts', import.meta.url), [s])),
);
const simUrls: SimUrls = {
  erp: simulators[0]!.info.url,
  wms: simulators[1]!.info.url,
  crm: simulators[2]!.info.url,
};
const server = await forkChild<BenchServerInfo>(new URL('./bench-server.ts', import.meta.url), [
  JSON.stringify(simUrls),
]);
const children = [server, ...simulators];
// Benches' own children exit with this process (serve-ipc); what would outlive it (a database
// schema) is cleaned up here.
const cleanUps = new Set<() => Promise<void>>();
const onStop = (cleanUp: () => Promise<void>) => {
  let done: Promise<void> | null = null;
  const once = () => {
    cleanUps.delete(once);
    return (done ??= cleanUp());
  };
  cleanUps.add(once);
  return once;
};
const WATCHDOG_MS = STARTUP_MS + selected.reduce((sum, [, , budget]) => sum + budget, 0);
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s; stopping.`);
  // Clean-up gets ten seconds; a hung one must not keep the run alive.
  const cleaning = Promise.allSettled([...children.map((c) => c.close()), ...[...cleanUps].map((c) => c())]);
  void Promise.race([cleaning, new Promise((resolve) => setTimeout(resolve, 10_000))]).finally(() =>
    process.exit(2),
  );
}, WATCHDOG_MS);

const bff = await createBffClient(server.info.url);
const ctx: BenchContext = {
  sims: createSimControl(simUrls),
  simUrls,
  onStop,
  server,
  simulators,
  bff,
  naive: await createBffClient(server.info.naiveUrl, { tokensFrom: server.info.url }),
  proxy: await createBffClient(server.info.proxyUrl, { tokensFrom: server.info.url }),
  fanOut: createFanOut(simUrls),
  samples: {
    acme: sampleReferences('acme', SAMPLES_PER_TENANT),
    globex: sampleReferences('globex', SAMPLES_PER_TENANT),
  },
};

// Every reference once through both paths at 0 ms: the simulators project an order on first use,
// and that one-off cost must not land in whichever phase happens to ask first.
await ctx.sims.reset();
const refs = TENANTS.flatMap((tenant) => ctx.samples[tenant].map((sample) => ({ tenant, sample })));
const primed = await runLoad(
  async (i) => {
    const { tenant, sample } = refs[i % refs.length]!;
    await ctx.fanOut.byTrackingNumber(sample.trackingNumber, tenant);
    await bff.rest(`/rest/orders/${sample.erpOrderNumber}`, tenant);
  },
  { concurrency: 8, requests: refs.length, maxMs: 30_000 },
);
if (primed.errors) throw new Error(`priming failed: ${primed.firstError}`);

const reports: BenchReport[] = [];
const failures: { id: string; error: string }[] = [];
for (const [id, run] of selected) {
  try {
    const result = await run(ctx);
    await report(result);
    reports.push(result);
  } catch (error) {
    console.error(`\n${id} failed:`, error);
    failures.push({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

const misses = reports.flatMap((r) =>
  r.rows.filter((row) => row.result === 'MISS').map((row) => ({ id: r.id, ...row })),
);
await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/summary.json',
  JSON.stringify(
    {
      startedAt: started.toISOString(),
      durationS: Math.round((Date.now() - started.getTime()) / 1000),
      references: { acme: ctx.samples.acme.length, globex: ctx.samples.globex.length },
      machine: {
        node: process.version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: availableParallelism(),
        loadAverage1m: { start: loadAtStart, end: loadavg()[0] },
      },
      benches: reports.map(({ id, title, settings, rows, notes }) => ({ id, title, settings, rows, notes })),
      misses,
      failures,
    },
    null,
    2,
  ) + '\n',
);
const passes = reports.flatMap((r) => r.rows).filter((row) => row.result === 'PASS').length;
console.log(
  `\n${passes} targets met, ${misses.length} missed${failures.length ? `, ${failures.length} benches failed` : ''}; ` +
    `figures in bench-results/ (${Math.round((Date.now() - started.getTime()) / 1000)} s, ` +
    `load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores).`,
);

clearTimeout(watchdog);
await Promise.all([bff.close(), ctx.naive.close(), ctx.proxy.close(), ctx.fanOut.close()]);
await Promise.all(children.map((c) => c.close()));
// A miss is a finding to report, not a crash; only a bench that could not run fails the command.
process.exitCode = failures.length ? 1 : 0;
