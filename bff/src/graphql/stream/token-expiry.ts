import { decodeJwt } from 'jose';

/**
 * When the bearer token of a stream's request expires, in ms since the epoch; null if it says
 * nothing. The HTTP shell has verified this very header before the stream server sees it, so its
 * `exp` is read, not checked again.
 * @example const endsAt = tokenExpiry(c.req.header('authorization'));
 */
export function tokenExpiry(authorization: string | undefined): number | null {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** The longest delay `setTimeout` takes; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `end` at `at` (ms since the epoch), however far ahead; returns the cancel. One timer per
 * stream, never per frame.
 */
export function endAt(at: number, end: () => void, now: () => number = Date.now): () => void {
  let timer: NodeJS.Timeout;
  // Always on a timer, even when `at` has passed, so `end` never runs inside the caller.
  const arm = () => {
    timer = setTimeout(() => (now() < at ? arm() : end()), Math.min(Math.max(at - now(), 0), MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
