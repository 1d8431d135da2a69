import { mkdir, writeFile } from 'node:fs/promises';

export type Verdict = 'PASS' | 'MISS' | '';
export type Row = Record<string, string | number> & { result: Verdict };

export interface BenchReport {
  id: string;
  title: string;
  /** Upstream latencies and other settings the figures depend on. */
  settings: Record<string, unknown>;
  rows: Row[];
  /** Raw figures behind the rows (latency percentiles, CPU, call counts). */
  figures: Record<string, unknown>;
  /** What a reader needs to know to read the rows right. */
  notes: string[];
}

export const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'MISS');
export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

/**
 * Prints a bench's rows as an aligned table with its notes, and writes the same figures to
 * `bench-results/<id>.json`.
 * @example await report({ id: 'B1', title: '…', settings, rows, figures, notes: [] });
 */
export async function report(bench: BenchReport, dir = 'bench-results'): Promise<void> {
  console.log(`\n${bench.id} — ${bench.title}`);
  console.log(formatTable(bench.rows));
  for (const note of bench.notes) console.log(`  * ${note}`);
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/${bench.id}.json`, JSON.stringify(bench, withoutSamples, 2) + '\n');
}

function formatTable(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r: Row, c: string) => String(r[c] ?? '');
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (cells: string[]) => '  ' + cells.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => cell(r, c)))),
  ].join('\n');
}

/** Raw latency arrays are for merging phases in memory, not for the JSON. */
function withoutSamples(key: string, value: unknown) {
  return key === 'samples' ? undefined : value;
}
