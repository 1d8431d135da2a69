import { afterAll, beforeAll } from 'vitest';
import type { Dialect, Store } from '../../bff/src/store/create-store.js';
import { createTestDatabase, type TestDatabase } from './test-store.js';

/**
 * A throwaway database for the enclosing `describe`: created and opened once before its tests,
 * dropped after them. `opened` receives the store (and the database, to open a second "replica").
 * @example let store: Store; useTestStore('postgres', (s) => (store = s));
 */
export function useTestStore(dialect: Dialect, opened: (store: Store, database: TestDatabase) => void): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    opened(await database.open(), database);
  });
  afterAll(() => database?.drop());
}
