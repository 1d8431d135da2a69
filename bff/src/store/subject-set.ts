import type { Selectable, Transaction } from 'kysely';
import { subjectKey, type Subject, type SubjectRef } from '../domain/exception-engine.js';
import type { Database, SubjectsTable } from './database.js';
import { isoTime } from './iso-time.js';
import { lockSubjects } from './lock-subjects.js';
import type { Dialect } from './migrations.js';
import { reusableRowsQuery } from './reusable-query.js';

type SubjectRow = Selectable<SubjectsTable>;

/**
 * The subjects one transaction works on for one tenant: loaded (and on PostgreSQL locked) once,
 * updated in memory as the engine runs, written back at the end. Holding the lock from read to
 * commit keeps two events for the same subject from both building on the old state.
 */
export interface SubjectSet {
  readonly tenant: string;
  /** Loads the named subjects not yet loaded; the map (keyed by `subjectKey`) is what the engine reads. */
  load(refs: readonly SubjectRef[]): Promise<ReadonlyMap<string, Subject>>;
  /** Takes the engine's new states; returns the subjects that did not exist before (they "appeared"). */
  update(subjects: readonly Subject[]): Promise<Subject[]>;
  /** Every subject `update` changed, to write back. */
  changed(): Subject[];
}

/** `held`: the subject locks this transaction already holds (shared across the sets of one transaction). */
export function createSubjectSet(
  trx: Transaction<Database>,
  dialect: Dialect,
  tenant: string,
  held: Set<string> = new Set(),
): SubjectSet {
  const current = new Map<string, Subject>();
  const seen = new Set<string>();
  const dirty = new Set<string>();

  async function load(refs: readonly SubjectRef[]) {
    const missing = [...new Map(refs.map((r) => [subjectKey(r), r])).values()].filter(
      (r) => !seen.has(subjectKey(r)),
    );
    if (missing.length === 0) return current;
    await lockSubjects(
      trx,
      dialect,
      missing.map((r) => ({ tenant, kind: r.kind, id: r.id })),
      held,
    );
    const { rows } = await selectSubjects(
      trx,
      missing.map((r) => ({ tenant, kind: r.kind, id: r.id })),
    );
    for (const r of missing) seen.add(subjectKey(r));
    for (const row of rows) {
      const subject: Subject = {
        tenant: row.tenant,
        kind: row.kind as Subject['kind'],
        id: row.id,
        orderNumber: row.order_number,
        state: JSON.parse(row.state) as Record<string, unknown>,
        wakeAt: row.wake_at,
      };
      current.set(subjectKey(subject), subject);
    }
    return current;
  }

  async function update(subjects: readonly Subject[]) {
    for (const s of subjects) {
      if (s.tenant !== tenant)
        throw new Error(`The engine returned a subject of tenant ${s.tenant} for ${tenant}`);
    }
    await load(subjects);
    const appeared: Subject[] = [];
    for (const s of subjects) {
      const key = subjectKey(s);
      if (!current.has(key)) appeared.push(s);
      current.set(key, s);
      dirty.add(key);
    }
    return appeared;
  }

  const changed = () => [...dirty].map((key) => current.get(key)!);
  return { tenant, load, update, changed };
}

/** Writes subjects back in one statement. */
export async function upsertSubjects(
  trx: Transaction<Database>,
  subjects: Subject[],
  now: string,
): Promise<void> {
  if (subjects.length === 0) return;
  await writeSubjects(
    trx,
    subjects.map((s) => ({
      tenant: s.tenant,
      kind: s.kind,
      id: s.id,
      order_number: s.orderNumber,
      state: JSON.stringify(s.state),
      wake_at: s.wakeAt === null ? null : isoTime(s.wakeAt),
      updated_at: now,
    })),
  );
}

/** One tenant's subjects by key; every row names the same tenant. */
const selectSubjects = reusableRowsQuery((db, refs: { tenant: string; kind: string; id: string }[]) =>
  db
    .selectFrom('subjects')
    .selectAll()
    .where('tenant', '=', refs[0]!.tenant)
    .where((eb) => eb.or(refs.map((r) => eb.and([eb('kind', '=', r.kind), eb('id', '=', r.id)])))),
);

const writeSubjects = reusableRowsQuery((db, rows: SubjectRow[]) =>
  db
    .insertInto('subjects')
    .values(
      rows.map((r) => ({
        tenant: r.tenant,
        kind: r.kind,
        id: r.id,
        order_number: r.order_number,
        state: r.state,
        wake_at: r.wake_at,
        updated_at: r.updated_at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['tenant', 'kind', 'id']).doUpdateSet((eb) => ({
        order_number: eb.ref('excluded.order_number'),
        state: eb.ref('excluded.state'),
        wake_at: eb.ref('excluded.wake_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    ),
);
