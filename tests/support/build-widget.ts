import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stamp = join(root, 'dist/widget/orderlens.js');

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Vitest global setup: builds the widget once per run when its sources are newer than the build, so
 * the browser tests, the desk and the bundle budget always see the current code, and a clean checkout
 * needs no separate build step.
 */
export default function buildWidget(): void {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built > newestIn(join(root, 'widget'))) return;
  execFileSync('npm', ['run', '--silent', 'build:widget'], { cwd: root, stdio: 'inherit' });
}
