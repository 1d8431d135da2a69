import { fork } from 'node:child_process';
import type { FromChild, ToChild } from './serve-ipc.js';

export interface Child<Info> {
  info: Info;
  /** The child's own `process.cpuUsage()`, now. */
  cpu(): Promise<NodeJS.CpuUsage>;
  close(): Promise<void>;
}

/**
 * Forks a bench server script under tsx and waits for its `ready` message, so servers run on their
 * own event loop and the load generator's work never shows up in their latency or CPU.
 * @example const sims = await forkChild<SimUrls>(new URL('./simulators-process.ts', import.meta.url));
 */
export async function forkChild<Info>(
  script: URL,
  args: string[] = [],
  { startMs = 30_000 } = {},
): Promise<Child<Info>> {
  const child = fork(script, args, {
    // ORDERLENS_BENCH_PROFILE=<dir> writes a CPU profile of every child there, for finding where time goes.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.ORDERLENS_BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.ORDERLENS_BENCH_PROFILE}`]
        : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const waiting = new Map<number, (usage: NodeJS.CpuUsage) => void>();
  const send = (message: ToChild) => child.send(message);

  const info = await new Promise<Info>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${script.pathname} did not start within ${startMs} ms`));
    }, startMs);
    child.on('message', (message: FromChild<Info>) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.info);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${script.pathname} failed to start:\n${message.message}`));
      } else if (message.type === 'cpu') {
        waiting.get(message.id)?.(message.usage);
        waiting.delete(message.id);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script.pathname} exited with ${code}`));
    });
  });

  return {
    info,
    cpu: () =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => reject(new Error('no CPU reading within 5 s')), 5000);
        waiting.set(id, (usage) => {
          clearTimeout(timer);
          resolve(usage);
        });
        send({ type: 'cpu', id });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        send({ type: 'close' });
      }),
  };
}
