import type { Viewer } from './viewer.js';

export interface VerifiedTokensOptions {
  /** Tokens remembered at once; the oldest is forgotten first. */
  maxEntries?: number;
  /** How long a verification is trusted, at most (and never past the token's `exp`). */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * Remembers tokens that verified, by their exact text, until they expire or for `maxAgeMs`,
 * whichever is sooner. A desk sends the same token with every request, and verifying it again
 * (jose's HMAC or RSA check runs on the thread pool) sat on every request's critical path. Only
 * successes are kept, so a forged or expired token is always checked in full; a key removed from
 * the JWKS stops being trusted within `maxAgeMs`.
 * @example const verified = createVerifiedTokens(); verified.get(token) ?? verified.remember(token, viewer, exp);
 */
export function createVerifiedTokens(options: VerifiedTokensOptions = {}) {
  const { maxEntries = 10_000, maxAgeMs = 60_000, now = Date.now } = options;
  const entries = new Map<string, { viewer: Viewer; until: number }>();
  return {
    get(token: string): Viewer | undefined {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (now() < entry.until) return entry.viewer;
      entries.delete(token);
      return undefined;
    },
    /** `exp` in seconds since the epoch, as in the token. */
    remember(token: string, viewer: Viewer, exp: number): Viewer {
      const frozen = Object.freeze({
        ...viewer,
        roles: Object.freeze([...viewer.roles]),
        teams: Object.freeze([...viewer.teams]),
      }) as Viewer;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, { viewer: frozen, until: Math.min(exp * 1000, now() + maxAgeMs) });
      return frozen;
    },
  };
}
