import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

/** Cruises `bff/src` below `baseDir` with the project's rules. */
async function violationsIn(baseDir: string): Promise<string[]> {
  const options = { ...rules.options, tsConfig: { fileName: resolve('tsconfig.json') } };
  const { output } = await cruise(['bff/src'], { ...options, baseDir, validate: true, ruleSet: rules });
  const result = output as ICruiseResult;
  return result.summary.violations.map(
    (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle)` : ''}`,
  );
}

describe('the dependency rule', () => {
  it('holds for every import under bff/src', async () => {
    expect(await violationsIn(process.cwd())).toEqual([]);
  }, 60_000);

  it('catches a wrong-way import and a cycle in a planted tree', async () => {
    const found = await violationsIn(resolve('tests/contract/__fixtures__/planted-layers'));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^domain-imports-only-itself: .*domain\/uses-graphql\.ts → .*graphql\/render\.ts$/,
        ),
        expect.stringMatching(
          /^store-imports-only-domain: .*store\/uses-events\.ts → .*events\/uses-store\.ts$/,
        ),
        expect.stringMatching(/^no-circular: /),
      ]),
    );
  }, 60_000);
});
