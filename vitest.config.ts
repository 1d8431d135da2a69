import { defineConfig } from 'vitest/config';

/** The reliability run keeps both cores busy; it runs alone, after the suites that time deadlines. */
const RELIABILITY = ['tests/integration/t2-event-reliability.test.ts'];

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build, Vite would pick index.mjs, and two
  // copies of graphql break `instanceof`. Resolve it the way Node does.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // The browser tests and the bundle budget need the built widget; this builds it when stale.
    globalSetup: ['tests/support/build-widget.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration suites start simulators on loopback; two cores suit two workers.
    pool: 'forks',
    maxWorkers: 2,
    // CI reads the counts for its closing line from this report.
    reporters: process.env.ORDERLENS_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.ORDERLENS_TEST_REPORT ? { json: process.env.ORDERLENS_TEST_REPORT } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'suites',
          include: ['bff/**/*.test.ts', 'mocks/**/*.test.ts', 'widget/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...RELIABILITY],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'reliability', include: RELIABILITY, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
