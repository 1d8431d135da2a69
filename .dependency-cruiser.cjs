/**
 * The BFF's dependency rule (DESIGN.md, "Layout"): `domain` ← `upstream`, `store`, `events`,
 * `actions` ← `graphql` ← the app (main.ts, app.ts, env.ts, the composition root, demo/, http/).
 * `tests/contract/layers.test.ts` cruises `bff/src` with these rules; `npx depcruise bff/src` shows
 * the same findings. Paths are matched from `bff/src/` on so the test can also cruise a planted tree.
 */
const SRC = '(^|/)bff/src/';
const APP = `${SRC}([^/]+\\.ts$|demo/|http/)`;
const TEST_ONLY = '(\\.test\\.ts$|/__fixtures__/|(^|/)tests/)';

/** A folder may import only the folders named; anything else under bff/src is a wrong-way import. */
const only = (from, allowed) => ({
  name: `${from}-imports-only-${allowed.join('-') || 'itself'}`,
  comment: `${from}/ may depend on ${allowed.length ? allowed.join(', ') : 'nothing else in bff/src'}.`,
  severity: 'error',
  from: { path: `${SRC}${from}/`, pathNot: TEST_ONLY },
  to: { path: SRC, pathNot: `${SRC}(${[from, ...allowed].join('|')})/` },
});

module.exports = {
  forbidden: [
    only('domain', []),
    only('auth', ['domain']),
    only('upstream', ['domain']),
    only('store', ['domain']),
    only('events', ['domain', 'store', 'auth']),
    only('actions', ['domain', 'store', 'upstream', 'events', 'auth']),
    {
      name: 'nothing-imports-the-app',
      comment: 'Only the app itself (main.ts, app.ts, env.ts, demo/, http/) depends on the app.',
      severity: 'error',
      from: { path: SRC, pathNot: `${APP}|${TEST_ONLY}` },
      to: { path: APP },
    },
    {
      name: 'production-code-imports-no-tests',
      comment: 'Fixtures, fakes and doubles live beside the tests, never among production files.',
      severity: 'error',
      from: { path: SRC, pathNot: TEST_ONLY },
      to: { path: TEST_ONLY },
    },
    {
      name: 'only-main-starts-the-simulators',
      comment: 'The embedded default starts the simulators in main.ts; nothing else in the BFF knows them.',
      severity: 'error',
      from: { path: SRC, pathNot: `${SRC}main\\.ts$|${TEST_ONLY}` },
      to: { path: '(^|/)mocks/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: SRC, pathNot: TEST_ONLY },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
