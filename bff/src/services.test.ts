import { describe, expect, it, vi } from 'vitest';
import { readEnv } from './env.js';
import { createPubSub } from './events/create-pubsub.js';
import type { Infrastructure } from './infrastructure.js';
import { createServices } from './services.js';
import type { Store } from './store/create-store.js';
import { useTestStore } from '../../tests/support/use-test-store.js';

describe('createServices', () => {
  let store: Store;
  useTestStore('sqlite', (opened) => (store = opened));

  it('lets the agent records being written finish before close() resolves', async () => {
    const pubsub = createPubSub({ redisUrl: null });
    const infra = { store, pubsub, upstreams: { clients: { erp: {} } } } as unknown as Infrastructure;
    const services = createServices(readEnv({}), infra, { periodicWork: false });
    let finishWrites!: () => void;
    const writes = new Promise<void>((resolve) => (finishWrites = resolve));
    const settled = vi.spyOn(services.agents, 'settled').mockReturnValue(writes);
    const feedClose = vi.spyOn(services.feed, 'close');

    let closed = false;
    const closing = services.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toHaveBeenCalled();
    expect([closed, feedClose.mock.calls.length]).toEqual([false, 0]);

    finishWrites();
    await closing;
    expect([closed, feedClose.mock.calls.length]).toEqual([true, 1]);
    await pubsub.close();
  });
});
