import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { DomainError } from '../domain/errors.js';
import type { DeadLetterInput } from '../events/event-sink.js';
import type { Store } from './create-store.js';
import type { DeadLettersTable } from './database.js';

/** A signed webhook Orderlens could not map, as an admin sees it. */
export interface DeadLetter extends DeadLetterInput {
  id: string;
  receivedAt: string;
  replayedAt: string | null;
}

/**
 * The dead-letter list: keep, list, and replay entries through a caller-given `reprocess` (the
 * intake's parse-and-ingest path, which may map them now that a mapping exists).
 * @example const letters = createDeadLetters({ store }); await letters.replay(id, (entry) => intake.reprocess(entry));
 */
export function createDeadLetters({ store, now = () => new Date() }: { store: Store; now?: () => Date }) {
  const { db } = store;
  return {
    async add(entry: DeadLetterInput): Promise<DeadLetter> {
      const letter: DeadLetter = {
        ...entry,
        id: randomUUID(),
        receivedAt: now().toISOString(),
        replayedAt: null,
      };
      await db
        .insertInto('dead_letters')
        .values({
          id: letter.id,
          source: letter.source,
          tenant: letter.tenant,
          reason: letter.reason,
          headers: JSON.stringify(letter.headers),
          body: letter.body,
          received_at: letter.receivedAt,
          replayed_at: null,
        })
        .execute();
      return letter;
    },

    /** A tenant's entries, newest first. */
    async list(tenant: string, { limit = 100, includeReplayed = false } = {}): Promise<DeadLetter[]> {
      let query = db.selectFrom('dead_letters').selectAll().where('tenant', '=', tenant);
      if (!includeReplayed) query = query.where('replayed_at', 'is', null);
      const rows = await query.orderBy('received_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toDeadLetter);
    },

    /**
     * Claims the entry (so two admins cannot replay it twice), runs `reprocess` outside any
     * transaction (it ingests in its own), and gives the claim back if `reprocess` throws.
     * With `tenant`, an entry of another tenant is NOT_FOUND.
     */
    async replay<T>(id: string, reprocess: (entry: DeadLetter) => Promise<T>, tenant?: string): Promise<T> {
      const at = now().toISOString();
      let claim = db
        .updateTable('dead_letters')
        .set({ replayed_at: at })
        .where('id', '=', id)
        .where('replayed_at', 'is', null);
      if (tenant !== undefined) claim = claim.where('tenant', '=', tenant);
      const row = await claim.returningAll().executeTakeFirst();
      if (!row) {
        const exists = await db
          .selectFrom('dead_letters')
          .select(['tenant'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (!exists || (tenant !== undefined && exists.tenant !== tenant)) {
          throw new DomainError('NOT_FOUND', `No dead letter ${id}.`);
        }
        throw new DomainError('CONFLICT', `Dead letter ${id} was already replayed.`);
      }
      try {
        return await reprocess(toDeadLetter(row));
      } catch (error) {
        await db.updateTable('dead_letters').set({ replayed_at: null }).where('id', '=', id).execute();
        throw error;
      }
    },
  };
}

export type DeadLetters = ReturnType<typeof createDeadLetters>;

function toDeadLetter(r: Selectable<DeadLettersTable>): DeadLetter {
  return {
    id: r.id,
    source: r.source,
    tenant: r.tenant,
    reason: r.reason,
    headers: JSON.parse(r.headers) as Record<string, string>,
    body: r.body,
    receivedAt: r.received_at,
    replayedAt: r.replayed_at,
  };
}
