import type { SourceSystem } from './model.js';

/**
 * Errors the domain speaks. Each has a stable `code`; `graphql/errors.ts` turns them into GraphQL
 * errors once, `http/error-response.ts` into `{ error: { code, message } }` for every other route,
 * and anything else is masked.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type UpstreamErrorCode = 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT' | 'UPSTREAM_BAD_RESPONSE';

/** An upstream system failed; the message names the system but never a host or a stack. */
export class UpstreamError extends DomainError {
  constructor(
    code: UpstreamErrorCode,
    readonly system: SourceSystem,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(code, message, options);
    this.status = options?.status;
  }
  readonly status: number | undefined;
}

/** The viewer may not see or do this. Cross-tenant access is reported as NOT_FOUND instead. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed.') {
    super('FORBIDDEN', message);
  }
}

/** The thing asked for does not exist, or belongs to another tenant. */
export class NotFoundError extends DomainError {
  constructor(message = 'Not found.') {
    super('NOT_FOUND', message);
  }
}

/** The request itself is wrong; the message says how to fix it. */
export class BadInputError extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/**
 * The caller did not prove who it is. `challenge` is the scheme a client should authenticate with
 * (answered as `WWW-Authenticate`): a bearer token, unless the caller proves itself another way (a
 * webhook's signature), where a challenge would point its sender at a login that does not exist.
 */
export class UnauthenticatedError extends DomainError {
  readonly challenge: string | null;
  constructor(message = 'A valid bearer token is required.', options: { challenge?: string | null } = {}) {
    super('UNAUTHENTICATED', message);
    this.challenge = options.challenge === undefined ? 'Bearer' : options.challenge;
  }
}

/**
 * We cannot serve this now, but the same request is expected to succeed later (a store that failed
 * mid-write): answered 503 with `Retry-After: retryAfterSeconds`, so a sender that retries waits.
 * Never for a request that would fail the same way on every retry.
 */
export class UnavailableError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super('UNAVAILABLE', message, options);
  }
}

/** What went wrong, in words, whatever was thrown: for reasons kept and logged. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
