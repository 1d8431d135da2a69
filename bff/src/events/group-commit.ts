/**
 * Group commit: callers submit one item each; while a batch is being written, new items queue and
 * go together in the next one. An idle system writes an item at once (no timer, no added latency);
 * a busy one pays one transaction per batch instead of one per item. `run` answers per item, an
 * Error for an item that failed alone. If a whole batch fails, its items are retried one by one,
 * so one bad item never fails the others.
 * @example const submit = createGroupCommit((events) => writeAll(events)); await submit(event);
 */
export function createGroupCommit<T, R>(
  run: (items: T[]) => Promise<(R | Error)[]>,
  { maxBatch = 64 }: { maxBatch?: number } = {},
): (item: T) => Promise<R> {
  type Pending = { item: T; resolve(value: R): void; reject(error: unknown): void };
  const queue: Pending[] = [];
  let running = false;

  const settle = (pending: Pending[], results: (R | Error)[]) =>
    pending.forEach((p, i) => {
      const result = results[i];
      if (result instanceof Error) p.reject(result);
      else p.resolve(result as R);
    });

  async function write(batch: Pending[]): Promise<void> {
    try {
      settle(batch, await run(batch.map((p) => p.item)));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const p of batch) await write([p]);
    }
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) await write(queue.splice(0, maxBatch));
    } finally {
      running = false;
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
