import { describe, expect, it } from 'vitest';
import { sleep, sleepUntil, untilAborted } from './wait.js';

describe('sleep', () => {
  it('resolves early and clears its timer when the signal aborts', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const done = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await done;
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('waits the full time without an abort', async () => {
    const started = performance.now();
    await sleep(30, new AbortController().signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('sleepUntil', () => {
  it('never resolves before the deadline, however busy the event loop was when it started', async () => {
    for (let i = 0; i < 20; i++) {
      const busyUntil = performance.now() + 3; // a loop turn that ran on: Node's timer clock lags
      while (performance.now() < busyUntil);
      const deadline = performance.now() + 5 + (i % 3) * 0.3;
      await sleepUntil(deadline, new AbortController().signal);
      expect(performance.now()).toBeGreaterThanOrEqual(deadline);
    }
  });

  it('never resolves early while alone either, and watches the clock only for the last stretch', async () => {
    let asked = 0;
    const alone = () => (asked++, true);
    const looks: number[] = [];
    for (let i = 0; i < 10; i++) {
      asked = 0;
      const deadline = performance.now() + 8 + (i % 3) * 0.3;
      await sleepUntil(deadline, new AbortController().signal, alone);
      expect(performance.now()).toBeGreaterThanOrEqual(deadline);
      looks.push(asked);
    }
    // Timers alone ask a few times at most (each timer landing early is waited out
    // again); watching asks once per loop turn in the last stretch. A timer landing late past
    // the whole window can skip the watching, so only the most watched wait is held to it.
    expect(Math.max(...looks)).toBeGreaterThanOrEqual(10);
  });

  it('stops watching the clock as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const done = sleepUntil(started + 10_000, controller.signal, () => true);
    setTimeout(() => controller.abort(), 20);
    await done;
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('resolves at once for a deadline already passed or an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = performance.now();
    await sleepUntil(started + 10_000, controller.signal);
    await sleepUntil(started - 5, new AbortController().signal);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('untilAborted', () => {
  it('resolves only once the signal aborts', async () => {
    const controller = new AbortController();
    let resolved = false;
    const done = untilAborted(controller.signal).then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    controller.abort();
    await done;
    expect(resolved).toBe(true);
  });
});
