import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../domain/errors.js';
import { createEventSink } from '../events/create-event-sink.js';
import { createAgentDirectory } from './agent-directory.js';
import type { Store } from './create-store.js';
import { createExceptionCommands } from './exception-commands.js';
import { createExceptionQueries } from './exception-queries.js';
import { createFakeEngine } from './__fixtures__/fake-exception-engine.js';
import { readChanges } from './read-changes.js';
import { newTenant, recordingNotifier, shortPick, testEvent } from './__fixtures__/test-events.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { useTestStore } from '../../../tests/support/use-test-store.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe.each(DIALECTS)('createExceptionCommands (%s)', (dialect) => {
  let store: Store;
  useTestStore(dialect, (opened) => (store = opened));

  /** A tenant with one open exception raised through the sink. */
  const setup = async () => {
    const tenant = newTenant();
    const feed = recordingNotifier();
    await createEventSink({ store, engine: createFakeEngine(), feed, now: () => NOW }).ingest(
      testEvent(tenant, shortPick('SO-1')),
    );
    const queries = createExceptionQueries({ store });
    const [edge] = (await queries.list({ tenant }, { first: 1 })).edges;
    const commands = createExceptionCommands({ store, feed, now: () => NOW });
    const target = { tenant, id: edge!.node.id, actor: 'agent-anna' };
    // The tenant's known agents: those who made a request (see createAgentDirectory).
    const agents = createAgentDirectory({ store });
    for (const id of ['agent-anna', 'lead-lukas', 'a']) agents.seen(viewer(tenant, id));
    await agents.settled();
    return { tenant, feed, queries, commands, target, exception: edge!.node, agents };
  };
  const viewer = (tenant: string, id: string) => ({ id, name: null, tenant, roles: [], teams: [] });
  const allow = () => {};

  it('acknowledges an open exception, recording history and a feed change', async () => {
    const { tenant, commands, queries, target, feed } = await setup();
    const acked = await commands.acknowledge(target);
    expect(acked).toMatchObject({ status: 'ACKNOWLEDGED' });
    expect(await queries.byId(tenant, target.id)).toEqual(acked);
    const [history] = await queries.historyByIds(tenant, [target.id]);
    expect(history!.at(-1)).toMatchObject({ actor: 'agent-anna', action: 'acknowledged' });
    const changes = await readChanges(store.db, tenant, 0, 100);
    expect(changes.slice(-2).map((c) => [c.topic, c.key])).toEqual([
      ['exception', target.id],
      ['order', 'SO-1'],
    ]);
    expect(changes.at(-2)!.payload).toEqual({ kind: 'UPDATED', exception: acked });
    expect(feed.nudges.at(-1)).toEqual({ tenant, seq: changes.at(-1)!.seq });
  });

  it('snoozes until a future time and rejects a past or far one', async () => {
    const { commands, target } = await setup();
    const until = '2026-03-02T09:00:00Z';
    expect(await commands.snooze({ ...target, until })).toMatchObject({
      status: 'SNOOZED',
      snoozedUntil: '2026-03-02T09:00:00.000Z',
    });
    await expect(commands.snooze({ ...target, until: '2026-02-01T00:00:00Z' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(commands.snooze({ ...target, until: '2026-05-01T00:00:00Z' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await commands.acknowledge(target)).toMatchObject({ status: 'ACKNOWLEDGED', snoozedUntil: null });
  });

  it('resolves with a note, after which nothing else is allowed', async () => {
    const { commands, target, queries, tenant } = await setup();
    await expect(commands.resolve({ ...target, note: '  ' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const resolved = await commands.resolve({ ...target, note: 'Reshipped from stock.' });
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Reshipped from stock.',
      resolvedAt: expect.any(String),
    });
    await expect(commands.acknowledge(target)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('RESOLVED'),
    });
    await expect(commands.assign({ ...target, assignee: 'x', authorize: allow })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const [history] = await queries.historyByIds(tenant, [target.id]);
    expect(history!.map((h) => [h.action, h.note])).toEqual([
      ['raised', expect.any(String)],
      ['resolved', 'Reshipped from stock.'],
    ]);
  });

  it('does not acknowledge twice', async () => {
    const { commands, target } = await setup();
    await commands.acknowledge(target);
    await expect(commands.acknowledge(target)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('assigns and unassigns, and writes nothing when the assignee is unchanged', async () => {
    const { commands, target, tenant } = await setup();
    expect(await commands.assign({ ...target, assignee: 'lead-lukas', authorize: allow })).toMatchObject({
      assignee: 'lead-lukas',
    });
    const before = await readChanges(store.db, tenant, 0, 100);
    await commands.assign({ ...target, assignee: 'lead-lukas', authorize: allow });
    expect(await readChanges(store.db, tenant, 0, 100)).toEqual(before);
    expect(await commands.assign({ ...target, assignee: null, authorize: allow })).toMatchObject({
      assignee: null,
    });
  });

  it('assigns only to known agents of the tenant: an unknown id or another tenant’s agent is BAD_USER_INPUT', async () => {
    const { commands, target, tenant, agents } = await setup();
    const other = newTenant();
    agents.seen(viewer(other, 'agent-gary'));
    await agents.settled();
    for (const assignee of ['nobody', 'agent-gary']) {
      await expect(commands.assign({ ...target, assignee, authorize: allow })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('Unknown agent'),
      });
    }
    // The actor needs no record: their token just said who they are.
    expect(
      await commands.assign({ ...target, actor: 'new-agent', assignee: 'new-agent', authorize: allow }),
    ).toMatchObject({ assignee: 'new-agent' });
    const [history] = await createExceptionQueries({ store }).historyByIds(tenant, [target.id]);
    expect(history!.filter((h) => h.action === 'assigned')).toHaveLength(1);
  });

  it('lets authorize see the assignee as stored, and writes nothing when it refuses', async () => {
    const { commands, target, tenant } = await setup();
    await commands.assign({ ...target, assignee: 'lead-lukas', authorize: allow });
    const before = await readChanges(store.db, tenant, 0, 100);
    const seen: (string | null)[] = [];
    await expect(
      commands.assign({
        ...target,
        assignee: 'agent-anna',
        authorize: (current) => {
          seen.push(current.assignee);
          throw new ForbiddenError('no');
        },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(seen).toEqual(['lead-lukas']);
    expect(await readChanges(store.db, tenant, 0, 100)).toEqual(before);
  });

  it('answers NOT_FOUND for another tenant and CONFLICT for a stale version', async () => {
    const { commands, target, exception } = await setup();
    await expect(commands.acknowledge({ ...target, tenant: newTenant() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const assigned = await commands.assign({
      ...target,
      assignee: 'a',
      authorize: allow,
      expectedUpdatedAt: exception.updatedAt,
    });
    expect(assigned.updatedAt > exception.updatedAt).toBe(true);
    await expect(
      commands.acknowledge({ ...target, expectedUpdatedAt: exception.updatedAt }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await commands.acknowledge({ ...target, expectedUpdatedAt: assigned.updatedAt })).toMatchObject({
      status: 'ACKNOWLEDGED',
    });
  });
});
