import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Executor } from './database.js';

/** Where each parameter of a compiled query comes from: a row's named value, or a constant. */
type Slot = { row: number; key: string } | { constant: unknown };
type Compiled = { query: CompiledQuery; slots: Slot[] };

const MARK = '\u0000orderlens-param\u0000';
/** Row counts above this are compiled per call: large batches are rare, and their SQL is long. */
const MAX_CACHED_ROWS = 64;

/**
 * A Kysely query built and compiled once per database and row count, then run many times with
 * new values. Building (an immutable tree, frozen at every step) and compiling it cost more than
 * SQLite takes to run a small statement, and intake runs the same few statements thousands of
 * times a second. `build` gets one placeholder object per row; the compiled parameters are mapped
 * back to rows and names, so the SQL stays Kysely's own for either dialect. Values must be
 * parameters (not `sql.lit`), and every row must carry every key the query reads (null, not
 * undefined); a placeholder object has no keys of its own, so name the columns. The database has
 * no Kysely plugins, so a compiled query can run as it is.
 * @example
 * const insertNotes = reusableRowsQuery((db, rows: { id: string; text: string }[]) =>
 *   db.insertInto('notes').values(rows.map((r) => ({ id: r.id, text: r.text }))));
 * await insertNotes(trx, [{ id: 'a', text: 'one' }, { id: 'b', text: 'two' }]);
 */
export function reusableRowsQuery<V extends object, O>(
  build: (db: Executor, rows: V[]) => Compilable<O>,
): (db: Executor, rows: readonly V[]) => Promise<QueryResult<O>> {
  // Keyed by the database's adapter, which its transactions share: one compile per dialect in use.
  const byDatabase = new WeakMap<object, Map<number, Compiled>>();

  const compile = (db: Executor, count: number): Compiled => {
    const placeholders = Array.from({ length: count }, (_, row) => placeholderRow<V>(row));
    const query = build(db, placeholders).compile();
    if (query.sql.includes(MARK)) throw new Error(`A placeholder was inlined into ${query.sql}`);
    const slots = query.parameters.map((value): Slot => {
      if (typeof value !== 'string' || !value.startsWith(MARK)) return { constant: value };
      const [row, key] = value.slice(MARK.length).split('\u0000') as [string, string];
      return { row: Number(row), key };
    });
    return { query, slots };
  };

  return async (db, rows) => {
    const adapter = db.getExecutor().adapter;
    let shapes = byDatabase.get(adapter);
    if (!shapes) byDatabase.set(adapter, (shapes = new Map()));
    let compiled = shapes.get(rows.length);
    if (!compiled) {
      compiled = compile(db, rows.length);
      if (rows.length <= MAX_CACHED_ROWS) shapes.set(rows.length, compiled);
    }
    const { query, slots } = compiled;
    const parameters = slots.map((slot) =>
      'constant' in slot ? slot.constant : (rows[slot.row] as Record<string, unknown>)[slot.key],
    );
    return db.executeQuery<O>({ ...query, parameters });
  };
}

/** `reusableRowsQuery` for a query of one set of values. */
export function reusableQuery<V extends object, O>(
  build: (db: Executor, values: V) => Compilable<O>,
): (db: Executor, values: V) => Promise<QueryResult<O>> {
  const run = reusableRowsQuery<V, O>((db, [values]) => build(db, values!));
  return (db, values) => run(db, [values]);
}

/** An object whose every property reads as a placeholder naming its row and key. */
function placeholderRow<V extends object>(row: number): V {
  return new Proxy({} as V, {
    get: (_, key) => (typeof key === 'string' ? `${MARK}${row}\u0000${key}` : undefined),
  });
}
