/**
 * Resolves after `ms`, or as soon as `signal` aborts — whichever is first — and leaves no timer
 * or listener behind either way, so a client that gives up does not keep the process alive.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Resolves once `performance.now()` has reached `deadline`, or as soon as `signal` aborts. Node
 * counts a timer from the event loop's clock, which is whole milliseconds and read when the loop
 * turn began, so a timer alone can fire up to a millisecond or more early on a busy loop; whatever
 * is left is waited out again.
 * @example await sleepUntil(receivedAt + latencyMs, request.signal);
 */
export async function sleepUntil(deadline: number, signal: AbortSignal): Promise<void> {
  let left = deadline - performance.now();
  while (left > 0 && !signal.aborted) {
    await sleep(left, signal);
    left = deadline - performance.now();
  }
}

/** Resolves only when `signal` aborts: a request that never gets an answer. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
