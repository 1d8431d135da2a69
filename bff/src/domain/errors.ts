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

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid bearer token is required.') {
    super('UNAUTHENTICATED', message);
  }
}
