/**
 * Group commit: callers submit one item each; items submitted in the same event-loop turn, and
 * those that arrive while a batch is being written, go together in one batch. An idle system
 * writes an item after one turn (`setImmediate`, no timer); a busy one pays one transaction per
 * batch instead of one per item. `run` answers per item, an Error for an item that failed alone.
 * If a whole batch fails, its items are retried one by one, so one bad item never fails the others.
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
    try {
      while (queue.length > 0) await write(queue.splice(0, maxBatch));
    } finally {
      running = false;
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (running) return;
      running = true;
      // A synchronous driver (better-sqlite3) runs a whole transaction without yielding to I/O, so
      // nothing would ever queue behind it: waiting out this turn lets every request already read
      // from the sockets join the batch.
      setImmediate(() => void drain());
    });
}
