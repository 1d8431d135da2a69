/** Connection-level failures: the database was not reached, or went away mid-query. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * PostgreSQL SQLSTATEs that say "not now" rather than "never": serialization failure, deadlock,
 * admin/crash shutdown, "cannot connect now" (starting up), too many connections.
 */
const POSTGRES_CODES = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '53300']);

/** SQLite's busy and locked results, with their extended codes (SQLITE_BUSY_SNAPSHOT, …). */
const SQLITE_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED'];

/**
 * Messages of the drivers' own errors that carry no code: a pool or database already closed
 * (pg-pool, Kysely, better-sqlite3), a connection that dropped or could not be had in time (pg).
 */
const TRANSIENT_MESSAGES = [
  'Cannot use a pool after calling end on the pool',
  'driver has already been destroyed',
  'The database connection is not open',
  'Connection terminated',
  'is not queryable',
  'timeout exceeded when trying to connect',
];

/** Causes and aggregated errors looked through, at most this deep. */
const MAX_DEPTH = 4;

/**
 * Whether a store failure may succeed if simply tried again later (the database unreachable,
 * restarting, overloaded, or a concurrent writer won), as opposed to one that will recur on every
 * try (a bug, a constraint, an event the rules cannot take). Only the first is worth a 503 with
 * `Retry-After`; answering the second that way makes a sender retry something that never succeeds.
 * Looks through `cause` and `AggregateError.errors` (Node reports a refused connection to several
 * addresses as one AggregateError).
 * @example if (isTransientStoreError(error)) throw new UnavailableError('retry later', 5, { cause: error });
 */
export function isTransientStoreError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (CONNECTION_CODES.has(code) || POSTGRES_CODES.has(code)) return true;
    if (SQLITE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  if (typeof message === 'string' && TRANSIENT_MESSAGES.some((m) => message.includes(m))) return true;
  if (Array.isArray(errors) && errors.some((e) => isTransientStoreError(e, depth + 1))) return true;
  return isTransientStoreError(cause, depth + 1);
}
