import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Database } from './database.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The store's schema, in code so it ships inside the bundle. The same migrations run on both
 * dialects; the only difference is how an auto-incrementing key is spelt.
 */
export function storeMigrations(dialect: Dialect): Record<string, Migration> {
  // `seq` orders the change feed and exception history; SQLite's AUTOINCREMENT never reuses a
  // value, PostgreSQL's bigserial is a sequence. Both are read as numbers.
  const serial = (table: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    dialect === 'postgres'
      ? table.addColumn('seq', 'bigserial', (c) => c.primaryKey())
      : table.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement());

  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('events')
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('occurred_at', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('events_pk', ['tenant', 'source', 'event_id'])
          .execute();

        await db.schema
          .createTable('subjects')
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('order_number', 'text')
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('wake_at', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('subjects_pk', ['tenant', 'kind', 'id'])
          .execute();
        await db.schema
          .createIndex('subjects_wake_at')
          .on('subjects')
          // The sweep's keyset order, so it reads due subjects without sorting.
          .columns(['wake_at', 'tenant', 'kind', 'id'])
          .execute();

        await db.schema
          .createTable('exceptions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('subject_kind', 'text', (c) => c.notNull())
          .addColumn('subject_id', 'text', (c) => c.notNull())
          .addColumn('order_number', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('severity', 'text', (c) => c.notNull())
          .addColumn('severity_rank', 'integer', (c) => c.notNull())
          .addColumn('team', 'text')
          .addColumn('assignee', 'text')
          .addColumn('snoozed_until', 'text')
          .addColumn('due_at', 'text', (c) => c.notNull())
          .addColumn('opened_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('resolved_at', 'text')
          .addColumn('resolution', 'text')
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('evidence', 'text', (c) => c.notNull())
          .addColumn('suggested_actions', 'text', (c) => c.notNull())
          .execute();
        // The invariant "one open exception per subject and type" is the database's to keep.
        await db.schema
          .createIndex('exceptions_one_open')
          .on('exceptions')
          .columns(['tenant', 'subject_kind', 'subject_id', 'type'])
          .unique()
          .where(sql.ref('status'), '<>', 'RESOLVED')
          .execute();
        // The inbox: most severe first, then oldest first, with a keyset cursor on the same columns.
        await db.schema
          .createIndex('exceptions_inbox')
          .on('exceptions')
          .columns(['tenant', 'severity_rank', 'opened_at', 'id'])
          .execute();
        await db.schema
          .createIndex('exceptions_order_number')
          .on('exceptions')
          .columns(['tenant', 'order_number'])
          .execute();
        await db.schema
          .createIndex('exceptions_snoozed_until')
          .on('exceptions')
          .columns(['snoozed_until'])
          .execute();

        await serial(db.schema.createTable('exception_history'))
          .addColumn('exception_id', 'text', (c) => c.notNull())
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .execute();
        await db.schema
          .createIndex('exception_history_exception')
          .on('exception_history')
          .columns(['exception_id', 'seq'])
          .execute();

        await serial(db.schema.createTable('changes'))
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('changes_tenant_seq').on('changes').columns(['tenant', 'seq']).execute();

        await db.schema
          .createTable('unmatched_events')
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('subject_kind', 'text', (c) => c.notNull())
          .addColumn('subject_id', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('occurred_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('unmatched_events_pk', ['tenant', 'source', 'event_id'])
          .execute();
        await db.schema
          .createIndex('unmatched_events_subject')
          .on('unmatched_events')
          .columns(['tenant', 'subject_kind', 'subject_id'])
          .execute();

        await db.schema
          .createTable('dead_letters')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('headers', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('replayed_at', 'text')
          .execute();
        await db.schema
          .createIndex('dead_letters_tenant')
          .on('dead_letters')
          .columns(['tenant', 'received_at'])
          .execute();

        await db.schema
          .createTable('leases')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('holder', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          'leases',
          'dead_letters',
          'unmatched_events',
          'changes',
          'exception_history',
          'exceptions',
          'subjects',
          'events',
        ]) {
          await db.schema.dropTable(table).ifExists().execute();
        }
      },
    },
    '0002_sweep_positions': {
      async up(db: Kysely<unknown>) {
        // Where a periodic job that pages through an upstream list stopped, per tenant, so the
        // next run (on whichever replica holds the lease) goes on from there.
        await db.schema
          .createTable('sweep_positions')
          .addColumn('job', 'text', (c) => c.notNull())
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('bound', 'text', (c) => c.notNull())
          .addColumn('cursor', 'text')
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('sweep_positions_pk', ['job', 'tenant'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('sweep_positions').ifExists().execute();
      },
    },
    '0003_dead_letter_dedupe': {
      async up(db: Kysely<unknown>) {
        // A redelivered event that still cannot be mapped is one entry, as events are: keyed on
        // source + the sender's event id (or the body's hash when the body names no id). Entries
        // kept before this migration each keep a key of their own.
        await db.schema
          .alterTable('dead_letters')
          .addColumn('dedupe_key', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
        await sql`update dead_letters set dedupe_key = 'row:' || id`.execute(db);
        await db.schema
          .createIndex('dead_letters_dedupe')
          .on('dead_letters')
          .columns(['tenant', 'source', 'dedupe_key'])
          .unique()
          .execute();
        // A body that is not UTF-8 text is kept as base64, so a replay sees the bytes that came.
        await db.schema
          .alterTable('dead_letters')
          .addColumn('body_encoding', 'text', (c) => c.notNull().defaultTo('utf8'))
          .execute();
        // Replay re-reads a body without verifying it again, so a kept signature is only a
        // replayable signed request: keep, as intake now does, just what a normaliser reads.
        const kept = await sql<{ id: string; headers: string }>`select id, headers from dead_letters`.execute(
          db,
        );
        for (const row of kept.rows) {
          const headers = JSON.parse(row.headers) as Record<string, string>;
          const readable = Object.fromEntries(
            Object.entries(headers).filter(
              ([name]) => name === 'content-type' || name === 'as-webhook-version' || name.startsWith('ce-'),
            ),
          );
          await sql`update dead_letters set headers = ${JSON.stringify(readable)} where id = ${row.id}`.execute(
            db,
          );
        }
        // The list's keyset order: newest first, ties by id.
        await db.schema
          .createIndex('dead_letters_page')
          .on('dead_letters')
          .columns(['tenant', 'received_at', 'id'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('dead_letters_page').ifExists().execute();
        await db.schema.dropIndex('dead_letters_dedupe').ifExists().execute();
        await db.schema.alterTable('dead_letters').dropColumn('body_encoding').execute();
        await db.schema.alterTable('dead_letters').dropColumn('dedupe_key').execute();
      },
    },
    '0004_agents': {
      async up(db: Kysely<unknown>) {
        // The agents Orderlens has seen (there is no user directory): recorded from their verified
        // tokens, so an assignment can name only an agent known to the tenant.
        await db.schema
          .createTable('agents')
          .addColumn('tenant', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('name', 'text')
          .addColumn('first_seen_at', 'text', (c) => c.notNull())
          .addColumn('last_seen_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('agents_pk', ['tenant', 'id'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('agents').ifExists().execute();
      },
    },
  };
}

/**
 * Brings the schema to the latest version. Safe to run from several replicas at once: Kysely's
 * migrator takes a lock (an advisory lock on PostgreSQL) around it.
 * @example await migrateToLatest(db, 'sqlite');
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  // Kysely decides whether its bookkeeping tables exist by looking through every schema; name ours,
  // or another schema's tables (another app, a parallel test) would be taken for them.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => storeMigrations(dialect) },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Store migration ${failed} failed`, { cause: error });
  }
}
