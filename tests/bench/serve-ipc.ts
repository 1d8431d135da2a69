/** Messages between the bench (parent) and a server child over the fork IPC channel. */
export type ToChild = { type: 'cpu'; id: number } | { type: 'close' };
export type FromChild<Info> =
  | { type: 'ready'; info: Info }
  | { type: 'cpu'; id: number; usage: NodeJS.CpuUsage }
  | { type: 'failed'; message: string };

/**
 * The child side of the bench's IPC: reports `info` once the servers listen, answers CPU-usage
 * requests with `process.cpuUsage()` (so the parent can charge each phase its own server CPU), and
 * closes on request or when the parent goes away, so no server outlives the bench.
 * @example serveIpc(start(), (servers) => servers.close());
 */
export function serveIpc<Info, Running extends { info: Info }>(
  starting: Promise<Running>,
  close: (running: Running) => Promise<void>,
): void {
  const send = (message: FromChild<Info>) => process.send?.(message);
  starting.then(
    (running) => {
      process.on('message', (message: ToChild) => {
        if (message.type === 'cpu') send({ type: 'cpu', id: message.id, usage: process.cpuUsage() });
        if (message.type === 'close') void close(running).finally(() => process.exit(0));
      });
      send({ type: 'ready', info: running.info });
    },
    (error: unknown) => {
      send({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exit(1);
    },
  );
  process.on('disconnect', () => process.exit(0));
}
