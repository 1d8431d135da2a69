import { isDeepStrictEqual } from 'node:util';
import type { BenchContext } from './bench-context.js';
import { TENANTS, type BffClient, type GraphqlBody, type Tenant } from './bff-client.js';
import { measureSides, type PhaseOptions } from './measure-sides.js';
import { SEARCH_PAGE } from './queries.js';
import { ms, verdict, type BenchReport, type Row } from './report.js';
import { SYSTEMS, type Latencies, type System } from './sim-control.js';

const LATENCY: Latencies = { erp: 40, wms: 60, crm: 30 };
/** ERP search (level 1), then WMS and CRM for the page's orders together (level 2). */
const FLOOR = LATENCY.erp + Math.max(LATENCY.wms, LATENCY.crm);
/** One call per system and level: the search, one WMS batch, one CRM search. */
const IDEAL: Record<System, number> = { erp: 1, wms: 1, crm: 1 };
/** Customer-name substrings; those giving a full 50-order page for both tenants are used. */
const NAMES = ['a', 'e', 'n', 'r', 'o', 'i'];
const COUNTED = 6;
const COUNTED_NAIVE = 2;
const LATENCY_PHASE: PhaseOptions = { concurrency: 1, requests: 40, warmup: 5, rounds: 2, maxMs: 10_000 };

/**
 * B2: a 50-order search page with nested status, WMS quantities, shipments and cases. Upstream calls
 * per page for Orderlens and for the same resolvers with DataLoader off, and the page's p50 against
 * its floor.
 */
export async function runB2(ctx: BenchContext): Promise<BenchReport> {
  await ctx.sims.reset(); // 0 ms latency while picking names
  const names = await fullPageNames(ctx.bff);
  const page = (i: number) => ({ tenant: TENANTS[i % 2]!, name: names[Math.floor(i / 2) % names.length]! });

  // Counting: the simulators' counters are reset before each request (which resets latency too).
  const counted = async (client: BffClient, i: number) => {
    await ctx.sims.reset();
    await ctx.sims.setLatency(LATENCY);
    const { tenant, name } = page(i);
    const started = performance.now();
    const body = await client.graphql(SEARCH_PAGE, { name }, tenant);
    const latencyMs = performance.now() - started;
    const stats = await ctx.sims.stats();
    const calls = Object.fromEntries(SYSTEMS.map((s) => [s, stats[s].total])) as Record<System, number>;
    return { tenant, name, latencyMs, calls, body };
  };
  type Counted = Awaited<ReturnType<typeof counted>>;
  const bff: Counted[] = [];
  for (let i = 0; i < COUNTED; i++) bff.push(await counted(ctx.bff, i));
  const naive: Counted[] = [];
  for (let i = 0; i < COUNTED_NAIVE; i++) naive.push(await counted(ctx.naive, i));
  const sameData = naive.every((n, i) => isDeepStrictEqual(n.body, bff[i]!.body));

  await ctx.sims.reset();
  await ctx.sims.setLatency(LATENCY);
  const { bff: timed, fanOut: direct } = await measureSides(
    ctx,
    {
      bff: async (i) => {
        const { tenant, name } = page(i);
        const body = await ctx.bff.graphql(SEARCH_PAGE, { name }, tenant);
        if (edges(body) !== 50) throw new Error(`page for "${name}" has ${edges(body)} orders`);
      },
      fanOut: async (i) => {
        const { tenant, name } = page(i);
        if ((await ctx.fanOut.page(name, tenant)) !== 50)
          throw new Error(`ERP page for "${name}" is not full`);
      },
    },
    LATENCY_PHASE,
  );

  const mean = (runs: { calls: Record<System, number> }[], s: System | 'total') =>
    runs.reduce(
      (sum, r) => sum + (s === 'total' ? SYSTEMS.reduce((t, x) => t + r.calls[x], 0) : r.calls[s]),
      0,
    ) / runs.length;
  const rows: Row[] = [];
  for (const s of [...SYSTEMS, 'total'] as const) {
    const ratio = mean(naive, s) / mean(bff, s);
    rows.push({
      metric: `${s === 'total' ? 'total' : s.toUpperCase()} calls/page`,
      Orderlens: fmt(mean(bff, s)),
      naive: fmt(mean(naive, s)),
      ratio: `${ratio.toFixed(1)}×`,
      target: s === 'total' ? '≥ 30× fewer' : '',
      result: s === 'total' ? verdict(ratio >= 30) : '',
    });
  }
  const exact = bff.every((r) => SYSTEMS.every((s) => r.calls[s] === IDEAL[s]));
  rows.push(
    {
      metric: 'one call per (system, level)',
      Orderlens: exact ? `yes, ${COUNTED}/${COUNTED} pages` : 'no',
      naive: 'no',
      ratio: '',
      target: 'ERP 1 (L1), WMS 1 + CRM 1 (L2)',
      result: verdict(exact),
    },
    {
      metric: 'p50 ms (c=1)',
      Orderlens: ms(timed.p50),
      naive: ms(median(naive.map((n) => n.latencyMs))),
      'fan-out': ms(direct.p50),
      ratio: `${(timed.p50 / FLOOR).toFixed(3)}× floor`,
      target: `≤ 1.05 × ${FLOOR} = ${(1.05 * FLOOR).toFixed(0)}`,
      result: verdict(timed.p50 <= 1.05 * FLOOR),
    },
    {
      metric: 'p99 ms (c=1)',
      Orderlens: ms(timed.p99),
      naive: '',
      'fan-out': ms(direct.p99),
      ratio: '',
      target: '',
      result: '',
    },
    {
      metric: 'CPU ms/page: BFF, simulators',
      Orderlens: `${ms(timed.serverCpuUs / 1000)}, ${ms(timed.simulatorsCpuUs / 1000)}`,
      naive: '',
      'fan-out': `—, ${ms(direct.simulatorsCpuUs / 1000)}`,
      ratio: '',
      target: '',
      result: '',
    },
  );
  return {
    id: 'B2',
    title: '50-order search page with nested status, quantities, shipments, cases',
    settings: {
      latencyMs: LATENCY,
      floorMs: FLOOR,
      names,
      countedPages: COUNTED,
      countedNaivePages: COUNTED_NAIVE,
      latencyPhase: LATENCY_PHASE,
    },
    rows,
    figures: {
      orderlens: bff.map(({ body: _, ...r }) => r),
      naive: naive.map(({ body: _, ...r }) => r),
      naiveSameData: sameData,
      latency: timed,
      fanOut: direct,
    },
    notes: [
      `naive = the same resolvers with DataLoader batching and caching off (loaderBatching: false); its responses ${sameData ? 'equal' : 'DIFFER from'} Orderlens's.`,
      `naive p50 is over ${COUNTED_NAIVE} pages only (counting runs); it is context, not a target.`,
      `Floor ${FLOOR} ms = ERP ${LATENCY.erp} + max(WMS ${LATENCY.wms}, CRM ${LATENCY.crm}).`,
      "fan-out: the page's upstream calls made directly with undici (ERP search, then WMS and CRM together); what the simulators and loopback cost above the floor.",
    ],
  };
}

/** The name substrings that give a full 50-order page for both tenants, checked at 0 ms latency. */
async function fullPageNames(bff: BffClient): Promise<string[]> {
  const full: string[] = [];
  for (const name of NAMES) {
    const sizes = await Promise.all(
      TENANTS.map(async (t: Tenant) => edges(await bff.graphql(SEARCH_PAGE, { name }, t))),
    );
    if (sizes.every((n) => n === 50)) full.push(name);
  }
  if (!full.length) throw new Error(`no name of ${NAMES.join(', ')} gives 50 orders for both tenants`);
  return full;
}

const edges = (body: GraphqlBody) => (body.data?.searchOrders?.edges?.length as number | undefined) ?? 0;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
