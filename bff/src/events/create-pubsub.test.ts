import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangeNudge } from '../store/change.js';
import { TEST_REDIS_URL } from '../../../tests/support/test-store.js';
import { createPubSub } from './create-pubsub.js';

const next = (subscribe: (l: (n: ChangeNudge) => void) => unknown) =>
  new Promise<ChangeNudge>((resolve) => subscribe(resolve));

describe('createPubSub', () => {
  it('delivers nudges in process by default, until unsubscribed', async () => {
    const pubsub = createPubSub();
    const got: ChangeNudge[] = [];
    const stop = pubsub.subscribe((n) => got.push(n));
    await new Promise((r) => setTimeout(r, 0));
    pubsub.publish({ tenant: 'acme', seq: 1 });
    await new Promise((r) => setTimeout(r, 0));
    await stop();
    pubsub.publish({ tenant: 'acme', seq: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([{ tenant: 'acme', seq: 1 }]);
    await pubsub.close();
  });

  it('carries nudges between replicas through Redis, on its own channel only', async () => {
    const channel = `orderlens-test:${randomUUID()}`;
    const [a, b, other] = [
      createPubSub({ redisUrl: TEST_REDIS_URL, channel }),
      createPubSub({ redisUrl: TEST_REDIS_URL, channel }),
      createPubSub({ redisUrl: TEST_REDIS_URL, channel: `${channel}:other` }),
    ];
    await Promise.all([a.ready, b.ready, other.ready]);
    const heardByOther: ChangeNudge[] = [];
    other.subscribe((n) => heardByOther.push(n));
    const received = next((l) => b.subscribe(l));
    await new Promise((r) => setTimeout(r, 20));
    a.publish({ tenant: 'acme', seq: 7 });
    expect(await received).toEqual({ tenant: 'acme', seq: 7 });
    expect(heardByOther).toEqual([]);
    await Promise.all([a.close(), b.close(), other.close()]);
  });
});
