import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/widget/', import.meta.url));
const BUDGET_BYTES = 30 * 1024;

/** Static imports only: what a browser must fetch before the entry runs. `import()` stays lazy. */
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

async function initialLoad(file: string, seen = new Set<string>()): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (seen.has(file)) return files;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  files.set(file, code);
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    for (const [f, c] of await initialLoad(join(dirname(file), spec!), seen)) files.set(f, c);
  }
  return files;
}

describe('the widget bundle (B9)', () => {
  it('loads in at most 30 KB gzip, Lit included, with the German catalog left to a lazy chunk', async () => {
    const files = await initialLoad(join(dist, 'orderlens.js'));
    const code = [...files.values()].join('\n');
    const gzip = [...files.values()].reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
    expect(code).toContain('litElementVersions'); // Lit itself is in the count, not loaded from elsewhere
    expect(code).not.toContain('Auftragsdetails');
    expect(code).not.toContain('Lit is in dev mode'); // the production build of Lit, not its dev build
    await mkdir(new URL('../artifacts/', import.meta.url), { recursive: true });
    await writeFile(
      new URL('../artifacts/widget-bundle.json', import.meta.url),
      JSON.stringify(
        {
          files: [...files.keys()].map((f) => f.slice(dist.length)),
          gzipBytes: gzip,
          budgetBytes: BUDGET_BYTES,
        },
        null,
        2,
      ),
    );
    console.log(`widget entry: ${(gzip / 1024).toFixed(1)} KB gzip in ${files.size} file(s), budget 30 KB`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
