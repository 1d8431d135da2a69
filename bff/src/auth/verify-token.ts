import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../domain/errors.js';
import { createVerifiedTokens } from './verified-tokens.js';
import type { Viewer } from './viewer.js';

export interface TokenVerifierOptions {
  /** Shared HMAC secret (embedded default). */
  secret?: string | null;
  /** JWKS endpoint (production). Keys are cached; unknown kids refetch at most once per 30 s. */
  jwksUrl?: string | null;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (authorization: string | null | undefined) => Promise<Viewer>;

/**
 * Verifies `Authorization: Bearer <jwt>` and returns the viewer. Algorithms are pinned (HS256 for a
 * shared secret, RS256/ES256 for JWKS) and `exp`, `iss`, `aud`, `sub` and `tenant` are required, so
 * `alg: none`, HS/RS confusion, missing expiry and foreign audiences all fail the same way.
 * @example const verify = createTokenVerifier({ secret, issuer: 'orderlens', audience: 'orderlens-bff' });
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { key, algorithms } = keyFor(options);
  const verified = createVerifiedTokens();
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new UnauthenticatedError();
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub', 'tenant'],
        clockTolerance: 5,
      }));
    } catch (cause) {
      throw new UnauthenticatedError('The bearer token is invalid or expired.');
    }
    return verified.remember(token, toViewer(payload), payload.exp!);
  };
}

function keyFor(options: TokenVerifierOptions): { key: KeyObject | JWTVerifyGetKey; algorithms: string[] } {
  if (options.jwksUrl) {
    return {
      key: createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 }),
      algorithms: ['RS256', 'ES256'],
    };
  }
  // A KeyObject made once, so jose does not import the raw secret again on every request.
  if (options.secret) return { key: createSecretKey(Buffer.from(options.secret)), algorithms: ['HS256'] };
  throw new Error('A JWT secret or JWKS URL is required.');
}

function toViewer(payload: JWTPayload): Viewer {
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const tenant = payload.tenant;
  if (typeof tenant !== 'string' || !tenant || typeof payload.sub !== 'string') {
    throw new UnauthenticatedError('The bearer token lacks an agent or tenant.');
  }
  return {
    id: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : null,
    tenant,
    roles: strings(payload.roles),
    teams: strings(payload.teams),
  };
}
