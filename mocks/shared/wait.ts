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

/** How long before its deadline a lone wait stops trusting timers and watches the clock instead. */
const WATCH_WINDOW_MS = 1.5;

/**
 * Resolves once `performance.now()` has reached `deadline`, or as soon as `signal` aborts.
 *
 * Node counts a timer from the event loop's clock, whole milliseconds read when the loop turn
 * began, so a timer lands up to a millisecond early or late; whatever is left early is waited out
 * again. When `alone()` says nothing else is waiting, the last `WATCH_WINDOW_MS` are instead waited
 * out by reading the clock once per event-loop turn, which lands within a few hundredths of a
 * millisecond and still lets the loop take new requests. Only a lone wait does this: on a busy
 * process, turns spent watching the clock would be CPU taken from the work.
 * @example await sleepUntil(receivedAt + latencyMs, request.signal, () => waiting === 1);
 */
export async function sleepUntil(
  deadline: number,
  signal: AbortSignal,
  alone: () => boolean = () => false,
): Promise<void> {
  let left = deadline - performance.now();
  while (left > 0 && !signal.aborted) {
    if (!alone()) await sleep(left, signal);
    else if (left > WATCH_WINDOW_MS) await sleep(left - WATCH_WINDOW_MS, signal);
    else await nextTurn();
    left = deadline - performance.now();
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Resolves only when `signal` aborts: a request that never gets an answer. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
