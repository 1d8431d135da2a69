import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, UnauthenticatedError, UnavailableError } from '../domain/errors.js';

/** Every non-GraphQL error body; `code` is the one GraphQL errors carry as `extensions.code`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** The HTTP status for each code; a code not listed is a failure of ours (500). */
const STATUS: Record<string, ContentfulStatusCode> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNMAPPABLE: 422,
  TOO_MANY_REQUESTS: 429,
  // A tenant served here that an upstream adapter has no account for: the tenants file is wrong.
  TENANT_NOT_CONFIGURED: 500,
  UPSTREAM_UNAVAILABLE: 502,
  UPSTREAM_BAD_RESPONSE: 502,
  UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
};

/**
 * The code for a 4xx that Hono or a middleware answered with, where no domain error says more.
 * Written out rather than inverted from `STATUS`, where several codes share a status (502). A 5xx
 * thrown that way is masked like any other failure of ours (see `describeError`).
 */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNMAPPABLE',
  429: 'TOO_MANY_REQUESTS',
};

const statusOf = (code: string): ContentfulStatusCode => STATUS[code] ?? 500;

/** A failure as the boundary answers it; `headers` are those the error itself asks for. */
export interface ErrorDescription {
  status: ContentfulStatusCode;
  code: string;
  message: string;
  headers: Record<string, string>;
}

/**
 * A coded failure, whatever was thrown: our message for domain errors and a 4xx `HTTPException`, a
 * masked one otherwise. A 401
 * carries `WWW-Authenticate` only where the error names a scheme (bearer-token routes, not webhook
 * intake), a 503 `Retry-After` where the error says when to come back.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof DomainError)
    return {
      status: statusOf(error.code),
      code: error.code,
      message: error.message,
      headers: headersOf(error),
    };
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return {
      status,
      code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST',
      message: error.message || 'Bad request.',
      headers: {},
    };
  }
  // Unexpected, or a 5xx some middleware threw with a message of its own: the client sees a masked
  // error, the operator the cause.
  console.error(error);
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.', headers: {} };
}

function headersOf(error: DomainError): Record<string, string> {
  if (error instanceof UnauthenticatedError && error.challenge)
    return { 'www-authenticate': error.challenge };
  if (error instanceof UnavailableError) return { 'retry-after': String(error.retryAfterSeconds) };
  return {};
}

/**
 * `{ error: { code, message } }` with the code's status (and any headers the error asks for).
 * @example return errorResponse('NOT_FOUND', 'No such route.');
 */
export function errorResponse(
  code: string,
  message: string,
  status = statusOf(code),
  headers: Record<string, string> = {},
): Response {
  const body: ErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * The error boundary of every non-GraphQL route (admin, demo, intake, 404s): routes throw domain
 * errors, this answers them in one shape. Usable as `app.onError` on its own.
 * @example app.onError(respondWithError);
 */
export function respondWithError(error: unknown): Response {
  const { status, code, message, headers } = describeError(error);
  return errorResponse(code, message, status, headers);
}

/**
 * The same failure in GraphQL's shape (`{ errors: [{ message, extensions: { code } }] }`), for
 * the GraphQL routes, in the media type the client asked for.
 * @example return graphqlErrorResponse(request, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
 */
export function graphqlErrorResponse(
  request: Request,
  status: number,
  code: string,
  message: string,
): Response {
  const accept = request.headers.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json'
    : 'application/json';
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: {
      'content-type': `${type}; charset=utf-8`,
      ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    },
  });
}
