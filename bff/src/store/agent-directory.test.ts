import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { createAgentDirectory, knownAgent } from './agent-directory.js';
import type { Store } from './create-store.js';
import { newTenant } from './__fixtures__/test-events.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

const viewer = (tenant: string, id: string, name: string | null = null): Viewer => ({
  id,
  name,
  tenant,
  roles: ['agent'],
  teams: [],
});

describe.each(DIALECTS)('createAgentDirectory (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));
  const rows = (tenant: string) =>
    store.db.selectFrom('agents').selectAll().where('tenant', '=', tenant).orderBy('id').execute();

  it('records an agent seen with a verified token, for their tenant only', async () => {
    const [acme, globex] = [newTenant(), newTenant()];
    const agents = createAgentDirectory({ store, now: () => new Date('2026-03-01T12:00:00Z') });
    expect(agents.seen(viewer(acme, 'agent-anna', 'Anna'))).toMatchObject({ id: 'agent-anna' });
    await agents.settled();
    expect(await rows(acme)).toEqual([
      {
        tenant: acme,
        id: 'agent-anna',
        name: 'Anna',
        first_seen_at: '2026-03-01T12:00:00.000Z',
        last_seen_at: '2026-03-01T12:00:00.000Z',
      },
    ]);
    expect(await knownAgent(store.db, acme, 'agent-anna')).toBe(true);
    expect(await knownAgent(store.db, globex, 'agent-anna')).toBe(false);
    expect(await knownAgent(store.db, acme, 'agent-nobody')).toBe(false);
  });

  it('writes an agent again only once the refresh interval passed, keeping a name a later token lacks', async () => {
    const tenant = newTenant();
    let now = new Date('2026-03-01T12:00:00Z');
    let writes = 0;
    const counting = {
      ...store,
      db: store.db.withPlugin({
        transformQuery: (args) => ((writes += args.node.kind === 'InsertQueryNode' ? 1 : 0), args.node),
        transformResult: async (args) => args.result,
      }),
    };
    const agents = createAgentDirectory({ store: counting, refreshMs: 60_000, now: () => now });
    for (let i = 0; i < 100; i++) agents.seen(viewer(tenant, 'agent-anna', 'Anna'));
    await agents.settled();
    expect(writes).toBe(1);
    now = new Date('2026-03-01T12:01:01Z');
    agents.seen(viewer(tenant, 'agent-anna', null));
    await agents.settled();
    expect(writes).toBe(2);
    expect(await rows(tenant)).toMatchObject([
      { name: 'Anna', first_seen_at: '2026-03-01T12:00:00.000Z', last_seen_at: '2026-03-01T12:01:01.000Z' },
    ]);
  });

  it('does not fail the request when the write fails, and tries again on the next one', async () => {
    const tenant = newTenant();
    const errors: unknown[] = [];
    let fail = true;
    const flaky = {
      ...store,
      db: store.db.withPlugin({
        transformQuery: (args) => {
          if (fail) throw new Error('store down');
          return args.node;
        },
        transformResult: async (args) => args.result,
      }),
    };
    const agents = createAgentDirectory({ store: flaky, onError: (e) => errors.push(e) });
    agents.seen(viewer(tenant, 'agent-anna'));
    await agents.settled();
    expect(errors).toHaveLength(1);
    fail = false;
    agents.seen(viewer(tenant, 'agent-anna'));
    await agents.settled();
    expect(await knownAgent(store.db, tenant, 'agent-anna')).toBe(true);
  });
});
