import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BffClient, LiveSink } from '../client/bff-client.js';
import type { TypedDocumentString } from '../client/typed-document.js';
import { SubscriptionController } from './subscription-controller.js';

type Data = { change: { cursor: string; value: number } };

/** A client recording each subscription: its variables, its sink, whether it was stopped. */
function fakeClient() {
  const subs: { variables: Record<string, unknown>; sink: LiveSink<Data>; stopped: boolean }[] = [];
  const client: BffClient = {
    request: async () => ({ data: null, errors: [] }),
    subscribe: <TResult, TVariables>(
      _query: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      sink: LiveSink<TResult>,
    ) => {
      const sub = {
        variables: variables as Record<string, unknown>,
        sink: sink as unknown as LiveSink<Data>,
        stopped: false,
      };
      subs.push(sub);
      return () => void (sub.stopped = true);
    },
  };
  return { client, subs, last: () => subs.at(-1)! };
}

function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  return {
    host,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    update: () => controllers.forEach((c) => c.hostUpdated?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

function setup(initial: Record<string, unknown> | null = { filter: { orderNumber: 'SO-1' } }) {
  const { client, subs, last } = fakeClient();
  const h = fakeHost();
  const seen: number[] = [];
  const lives: boolean[] = [];
  let variables = initial;
  let currentClient: BffClient | undefined = client;
  const live = new SubscriptionController<Data>(h.host, {
    client: () => currentClient,
    query: 'subscription',
    variables: () => variables,
    cursorOf: (d) => d.change.cursor,
    onData: (d) => seen.push(d.change.value),
    onLive: (resumed) => lives.push(resumed),
  });
  const deliver = (value: number) =>
    last().sink.next({ data: { change: { cursor: `c${value}`, value } }, errors: [] });
  return {
    ...h,
    live,
    subs,
    last,
    seen,
    lives,
    deliver,
    setVariables: (v: Record<string, unknown> | null) => (variables = v),
    setClient: (c: BffClient | undefined) => (currentClient = c),
  };
}

describe('SubscriptionController', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('subscribes when the element connects and stops when it disconnects', () => {
    const t = setup();
    t.connect();
    expect(t.subs).toHaveLength(1);
    expect(t.last().variables).toEqual({ filter: { orderNumber: 'SO-1' }, after: null });
    expect(t.live.status).toBe('connecting');
    t.last().sink.accepted!();
    expect(t.live.status).toBe('live');
    expect(t.lives).toEqual([false]);
    t.disconnect();
    expect(t.last().stopped).toBe(true);
    expect(t.live.status).toBe('off');
  });

  it('resubscribes from the last cursor after the stream breaks, and the backlog fills the gap', () => {
    const t = setup();
    t.connect();
    t.last().sink.accepted!();
    t.deliver(1);
    t.deliver(2);
    t.last().sink.error(new Error('network'));
    expect(t.live.status).toBe('retrying');
    vi.advanceTimersByTime(1_000);
    expect(t.subs).toHaveLength(2);
    expect(t.last().variables.after).toBe('c2');
    t.last().sink.accepted!();
    expect(t.lives).toEqual([false, true]);
    t.deliver(3);
    expect(t.seen).toEqual([1, 2, 3]);
  });

  it('waits longer after each failed attempt', () => {
    const t = setup();
    t.connect();
    for (const wait of [1_000, 2_000, 4_000]) {
      const before = t.subs.length;
      t.last().sink.error(new Error('down'));
      vi.advanceTimersByTime(wait / 2 - 1);
      expect(t.subs).toHaveLength(before);
      vi.advanceTimersByTime(wait / 2 + 1);
      expect(t.subs).toHaveLength(before + 1);
    }
  });

  it('resumes from its cursor when the element is moved and connects again', () => {
    const t = setup();
    t.connect();
    t.deliver(5);
    t.disconnect();
    t.connect();
    expect(t.last().variables.after).toBe('c5');
  });

  it('starts a new feed, without the old cursor, when its variables or client change', () => {
    const t = setup();
    t.connect();
    t.deliver(7);
    t.setVariables({ filter: { orderNumber: 'SO-2' } });
    t.update();
    expect(t.subs[0]!.stopped).toBe(true);
    expect(t.last().variables).toEqual({ filter: { orderNumber: 'SO-2' }, after: null });
    t.deliver(8);
    t.setClient(fakeClient().client);
    t.update();
    expect(t.subs[1]!.stopped).toBe(true);
  });

  it('follows nothing while there is nothing to follow', () => {
    const t = setup(null);
    t.connect();
    expect(t.subs).toHaveLength(0);
    t.setVariables({ filter: {} });
    t.update();
    expect(t.subs).toHaveLength(1);
    t.setVariables(null);
    t.update();
    expect(t.subs[0]!.stopped).toBe(true);
    expect(t.live.status).toBe('off');
  });

  it('ignores what a stopped subscription still reports', () => {
    const t = setup();
    t.connect();
    const first = t.last();
    t.setVariables({ filter: { orderNumber: 'SO-3' } });
    t.update();
    first.sink.next({ data: { change: { cursor: 'old', value: 99 } }, errors: [] });
    first.sink.error(new Error('late'));
    vi.advanceTimersByTime(60_000);
    expect(t.seen).toEqual([]);
    expect(t.subs).toHaveLength(2);
  });

  it('starts a new feed from the position given by `from`, e.g. where a list was read', () => {
    const { client, last } = fakeClient();
    const h = fakeHost();
    let position = 'list-1';
    let filter = 'a';
    new SubscriptionController<Data>(h.host, {
      client: () => client,
      query: 'subscription',
      variables: () => ({ filter }),
      from: () => position,
      cursorOf: (d) => d.change.cursor,
      onData: () => {},
    });
    h.connect();
    expect(last().variables.after).toBe('list-1');
    last().sink.next({ data: { change: { cursor: 'c9', value: 9 } }, errors: [] });
    last().sink.error(new Error('network'));
    vi.advanceTimersByTime(1_000);
    expect(last().variables.after).toBe('c9');
    [position, filter] = ['list-2', 'b'];
    h.update();
    expect(last().variables.after).toBe('list-2');
  });

  it('drops a cursor the server refuses and starts live', () => {
    const t = setup();
    t.connect();
    t.deliver(1);
    t.last().sink.error(new Error('network'));
    vi.advanceTimersByTime(1_000);
    t.last().sink.next({
      data: null,
      errors: [{ message: 'bad cursor', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    vi.advanceTimersByTime(2_000);
    expect(t.last().variables.after).toBeNull();
  });
});
