import type { ReactiveController } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastQueueController } from './toast-queue-controller.js';

function setup(max = 3) {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
  const queue = new ToastQueueController<{ id: string; long?: boolean }>(host, {
    max,
    durationOf: (t) => (t.long ? 20_000 : 10_000),
  });
  const ids = () => queue.items.map((t) => t.id);
  return {
    queue,
    ids,
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
  };
}

describe('ToastQueueController', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('shows the newest first and lets each leave after its time', () => {
    const { queue, ids } = setup();
    queue.push({ id: 'a' });
    vi.advanceTimersByTime(4_000);
    queue.push({ id: 'b', long: true });
    expect(ids()).toEqual(['b', 'a']);
    vi.advanceTimersByTime(6_000);
    expect(ids()).toEqual(['b']);
    vi.advanceTimersByTime(14_000);
    expect(ids()).toEqual([]);
  });

  it('holds a toast while the agent points at it or is focused in it, then counts what was left', () => {
    const { queue, ids } = setup();
    queue.push({ id: 'a' });
    vi.advanceTimersByTime(7_000);
    queue.pause('a');
    vi.advanceTimersByTime(60_000);
    expect(ids()).toEqual(['a']);
    queue.resume('a');
    vi.advanceTimersByTime(2_900);
    expect(ids()).toEqual(['a']);
    vi.advanceTimersByTime(200);
    expect(ids()).toEqual([]);
  });

  it('lets the oldest go when more than the maximum arrive, and shows each id once', () => {
    const { queue, ids } = setup(2);
    queue.push({ id: 'a' });
    queue.push({ id: 'b' });
    queue.push({ id: 'b' });
    queue.push({ id: 'c' });
    expect(ids()).toEqual(['c', 'b']);
  });

  it('stops the clocks while the element is out of the page', () => {
    const { queue, ids, disconnect, connect } = setup();
    queue.push({ id: 'a' });
    disconnect();
    vi.advanceTimersByTime(30_000);
    expect(ids()).toEqual(['a']);
    connect();
    vi.advanceTimersByTime(10_000);
    expect(ids()).toEqual([]);
  });
});
