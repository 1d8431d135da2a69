import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./replica-process.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ReplicaProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  pid: number;
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<string>;
  /** The tail of what it wrote to stderr, for failure messages. */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<string>;
}

/**
 * Starts one BFF replica as a child process (`replica-process.ts`) with `settings` as its whole
 * environment besides PATH and HOME, and resolves once it listens. `PORT` may name the port of a
 * replica that was killed, so senders with fixed URLs reach its successor.
 * @example const a = await spawnReplica({ PORT: '0', DATABASE_URL, REDIS_URL, ERP_URL, … }); await a.kill('SIGKILL');
 */
export async function spawnReplica(
  settings: Record<string, string>,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<ReplicaProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...settings },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = once(child, 'exit').then(([code, signal]) => String(signal ?? code));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  // Safety net: a test runner that exits without its cleanup still takes its replicas down.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  void exited.then(() => process.removeListener('exit', onExit));

  let stdout = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`replica did not listen in ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /\{"listening":(\d+)\}/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
      stdout = stdout.slice(-200);
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`replica exited (${how}) before listening:\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid!, exited, stderr: () => stderr, kill };
}
