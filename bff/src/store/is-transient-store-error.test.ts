import { describe, expect, it } from 'vitest';
import { isTransientStoreError } from './is-transient-store-error.js';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isTransientStoreError', () => {
  it.each([
    ['a refused connection', coded('ECONNREFUSED')],
    ['a reset connection', coded('ECONNRESET')],
    ['a PostgreSQL serialization failure', coded('40001')],
    ['a PostgreSQL deadlock', coded('40P01')],
    ['a PostgreSQL admin shutdown', coded('57P01')],
    ['too many PostgreSQL connections', coded('53300')],
    ['a busy SQLite database', coded('SQLITE_BUSY')],
    ['a busy SQLite snapshot', coded('SQLITE_BUSY_SNAPSHOT')],
    ['a locked SQLite table', coded('SQLITE_LOCKED')],
    ['a closed pg pool', new Error('Cannot use a pool after calling end on the pool')],
    ['a destroyed Kysely driver', new Error('driver has already been destroyed')],
    ['a closed SQLite database', new TypeError('The database connection is not open')],
    ['a dropped PostgreSQL connection', new Error('Connection terminated unexpectedly')],
    ['a refusal from every address', new AggregateError([coded('ECONNREFUSED')], 'connect failed')],
    ['a wrapped refusal', new Error('query failed', { cause: coded('ECONNREFUSED') })],
  ])('calls %s transient', (_, error) => {
    expect(isTransientStoreError(error)).toBe(true);
  });

  it.each([
    ['an engine bug', new Error('engine failure')],
    ['a TypeError from a bad event', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', coded('23505', 'duplicate key value violates unique constraint')],
    ['a PostgreSQL syntax error', coded('42601')],
    ['a SQLite constraint failure', coded('SQLITE_CONSTRAINT_NOTNULL')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('calls %s permanent', (_, error) => {
    expect(isTransientStoreError(error)).toBe(false);
  });

  it('stops at a cause cycle', () => {
    const error: Error & { cause?: unknown } = new Error('loop');
    error.cause = error;
    expect(isTransientStoreError(error)).toBe(false);
  });
});
