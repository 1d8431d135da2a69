import { isDeepStrictEqual } from 'node:util';
import { rotate, type BenchContext } from './bench-context.js';
import { measureSides, type PhaseOptions } from './measure-sides.js';
import { ORDER_360 } from './queries.js';
import { ms, verdict, type BenchReport, type Row } from './report.js';

// Four turns each of GraphQL and REST, merged, so drift (GC, a busy neighbour) hits both alike.
const PHASE: PhaseOptions = { concurrency: 1, requests: 1600, warmup: 300, rounds: 4, maxMs: 10_000 };
const SAME_JSON_CHECKS = 20;

/**
 * B4: the order 360 query at 0 ms upstream latency, by ERP order number, against a plain Hono REST
 * route in the same process calling the same upstream clients and returning the same JSON. Latency
 * p50 difference and the BFF process's CPU per request (`process.cpuUsage()` deltas per phase).
 */
export async function runB4(ctx: BenchContext): Promise<BenchReport> {
  await ctx.sims.reset(); // 0 ms upstream latency
  const graphql = async (i: number) => {
    const { tenant, sample } = rotate(ctx, i);
    const body = await ctx.bff.graphql(ORDER_360, { ref: sample.erpOrderNumber }, tenant);
    if (body.data?.order?.id !== sample.erpOrderNumber)
      throw new Error(`wrong order for ${sample.erpOrderNumber}`);
  };
  const rest = async (i: number) => {
    const { tenant, sample } = rotate(ctx, i);
    const body = await ctx.bff.rest(`/rest/orders/${sample.erpOrderNumber}`, tenant);
    if (body.data?.order?.id !== sample.erpOrderNumber)
      throw new Error(`wrong order for ${sample.erpOrderNumber}`);
  };

  // The baseline is only a baseline if it answers the same JSON.
  let same = 0;
  for (let i = 0; i < SAME_JSON_CHECKS; i++) {
    const { tenant, sample } = rotate(ctx, i);
    const [g, r] = await Promise.all([
      ctx.bff.graphql(ORDER_360, { ref: sample.erpOrderNumber }, tenant),
      ctx.bff.rest(`/rest/orders/${sample.erpOrderNumber}`, tenant),
    ]);
    if (isDeepStrictEqual(g, r)) same++;
  }

  const { graphql: g, rest: r } = await measureSides(ctx, { graphql, rest }, PHASE);
  const rows: Row[] = [
    {
      metric: 'same JSON',
      GraphQL: `${same}/${SAME_JSON_CHECKS}`,
      REST: '',
      difference: '',
      target: 'all',
      result: verdict(same === SAME_JSON_CHECKS),
    },
    {
      metric: 'p50 ms (c=1)',
      GraphQL: ms(g.p50),
      REST: ms(r.p50),
      difference: `+${(g.p50 - r.p50).toFixed(2)} ms`,
      target: '≤ +0.5 ms',
      result: verdict(g.p50 - r.p50 <= 0.5),
    },
    {
      metric: 'p99 ms (c=1)',
      GraphQL: ms(g.p99),
      REST: ms(r.p99),
      difference: `+${(g.p99 - r.p99).toFixed(2)} ms`,
      target: '',
      result: '',
    },
    {
      metric: 'BFF CPU µs/request',
      GraphQL: g.serverCpuUs.toFixed(0),
      REST: r.serverCpuUs.toFixed(0),
      difference: `${(g.serverCpuUs / r.serverCpuUs).toFixed(2)}×`,
      target: '≤ 2×',
      result: verdict(g.serverCpuUs / r.serverCpuUs <= 2),
    },
    {
      metric: 'simulators CPU µs/request',
      GraphQL: g.simulatorsCpuUs.toFixed(0),
      REST: r.simulatorsCpuUs.toFixed(0),
      difference: '',
      target: '',
      result: '',
    },
  ];
  const errors = g.errors + r.errors;
  return {
    id: 'B4',
    title: 'order 360 at 0 ms upstream latency: GraphQL vs a plain Hono REST route',
    settings: { latencyMs: { erp: 0, wms: 0, crm: 0 }, phase: PHASE },
    rows,
    figures: { graphql: g, rest: r },
    notes: [
      'REST = bench-only GET /rest/orders/:number on the same Hono app and process: same token check, same upstream clients, the JSON assembled by hand.',
      'CPU is the BFF process only; the simulators run in their own process. It includes the three upstream calls both sides make.',
      ...(errors ? [`${errors} errors; see figures.`] : []),
    ],
  };
}
