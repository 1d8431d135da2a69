import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bff/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration suites start simulators on loopback; two cores suit two workers.
    pool: 'forks',
    maxWorkers: 2,
  },
});
