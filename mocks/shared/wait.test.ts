import { describe, expect, it } from 'vitest';
import { sleep, untilAborted } from './wait.js';

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
