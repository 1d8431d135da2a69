import { UpstreamError } from '../domain/errors.js';
import type { SourceSystem } from '../domain/model.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/**
 * Turns a transport failure into an `UpstreamError`. The message names the system only: undici
 * and node errors carry host and port, so they stay in `cause` for logs and never reach a reply.
 *
 * @example toTransportError('WMS', err, { timedOut: true }) // UPSTREAM_TIMEOUT
 */
export function toTransportError(
  system: SourceSystem,
  err: unknown,
  { timedOut }: { timedOut: boolean },
): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (timedOut || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
    return new UpstreamError('UPSTREAM_TIMEOUT', system, `${system} did not answer in time.`, {
      cause: err,
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', system, `${system} is unavailable.`, {
    cause: err,
  });
}

/** Maps a non-2xx status: 5xx and 429 mean "try later", any other 4xx means we asked wrongly. */
export function toStatusError(system: SourceSystem, status: number): UpstreamError {
  if (status >= 500 || status === 429 || status === 408) {
    return new UpstreamError('UPSTREAM_UNAVAILABLE', system, `${system} is unavailable (HTTP ${status}).`, {
      status,
    });
  }
  return new UpstreamError(
    'UPSTREAM_BAD_RESPONSE',
    system,
    `${system} rejected the request (HTTP ${status}).`,
    {
      status,
    },
  );
}

export function badBodyError(system: SourceSystem, cause: unknown): UpstreamError {
  return new UpstreamError('UPSTREAM_BAD_RESPONSE', system, `${system} sent a response we could not read.`, {
    cause,
  });
}

export function circuitOpenError(system: SourceSystem, cause: unknown): UpstreamError {
  return new UpstreamError('UPSTREAM_UNAVAILABLE', system, `${system} is unavailable (circuit open).`, {
    cause,
  });
}

/** Worth another attempt: the system did not answer usefully, but asking again may work. */
export function isTransient(err: unknown): boolean {
  return err instanceof UpstreamError && err.code !== 'UPSTREAM_BAD_RESPONSE';
}
