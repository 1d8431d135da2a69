import { createHash, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { BadInputError, DomainError } from '../domain/errors.js';
import type { Store } from './create-store.js';
import type { DeadLettersTable } from './database.js';

/**
 * A signed webhook that could not become an event (invalid or unmappable), kept for an admin to
 * inspect and replay. `headers` are only those a normaliser reads (never a signature).
 */
export interface DeadLetterInput {
  source: string;
  tenant: string;
  reason: string;
  headers: Record<string, string>;
  body: string;
  /** 'base64' when the body was not UTF-8 text; 'utf8' by default. */
  bodyEncoding?: 'utf8' | 'base64';
  /**
   * The sender's event id when the body names one: a redelivery with the same source and id is
   * the same entry. Without it, the body's bytes identify the delivery.
   */
  eventId?: string | null;
}

/** A signed webhook Orderlens could not map, as an admin sees it. */
export interface DeadLetter extends DeadLetterInput {
  id: string;
  bodyEncoding: 'utf8' | 'base64';
  receivedAt: string;
  replayedAt: string | null;
}

/** One page of the list, newest first, with a keyset cursor to go on from. */
export interface DeadLetterPage {
  entries: DeadLetter[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const MAX_DEAD_LETTER_PAGE = 200;

/**
 * The dead-letter list: keep (once per source and event id), list a page at a time, and replay
 * entries through a caller-given `reprocess` (the intake's parse-and-ingest path, which may map
 * them now that a mapping exists).
 * @example const letters = createDeadLetters({ store }); await letters.replay(id, (entry) => intake.reprocess(entry));
 */
export function createDeadLetters({ store, now = () => new Date() }: { store: Store; now?: () => Date }) {
  const { db } = store;

  async function page(
    tenant: string,
    {
      first = 50,
      after,
      includeReplayed = false,
    }: { first?: number; after?: string | null; includeReplayed?: boolean } = {},
  ): Promise<DeadLetterPage> {
    const limit = Math.max(1, Math.min(MAX_DEAD_LETTER_PAGE, Math.trunc(first)));
    let query = db.selectFrom('dead_letters').selectAll().where('tenant', '=', tenant);
    if (!includeReplayed) query = query.where('replayed_at', 'is', null);
    if (after) {
      const [at, id] = readCursor(after);
      query = query.where((eb) =>
        eb.or([eb('received_at', '<', at), eb.and([eb('received_at', '=', at), eb('id', '<', id)])]),
      );
    }
    const rows = await query
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const entries = rows.slice(0, limit).map(toDeadLetter);
    const last = entries.at(-1);
    return {
      entries,
      endCursor: last ? writeCursor(last) : null,
      hasNextPage: rows.length > limit,
    };
  }

  return {
    /** Keeps an entry; a redelivery of one already kept (same tenant, source and event id) is a no-op. */
    async add(entry: DeadLetterInput): Promise<{ kept: boolean }> {
      const bodyEncoding = entry.bodyEncoding ?? 'utf8';
      const inserted = await db
        .insertInto('dead_letters')
        .values({
          id: randomUUID(),
          source: entry.source,
          tenant: entry.tenant,
          reason: entry.reason,
          headers: JSON.stringify(entry.headers),
          body: entry.body,
          body_encoding: bodyEncoding,
          dedupe_key: dedupeKey(entry),
          received_at: now().toISOString(),
          replayed_at: null,
        })
        .onConflict((oc) => oc.columns(['tenant', 'source', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      return { kept: inserted.length > 0 };
    },

    page,

    /** A tenant's entries, newest first (the first page only). */
    async list(tenant: string, { limit = 100, includeReplayed = false } = {}): Promise<DeadLetter[]> {
      return (await page(tenant, { first: limit, includeReplayed })).entries;
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
    bodyEncoding: r.body_encoding === 'base64' ? 'base64' : 'utf8',
    receivedAt: r.received_at,
    replayedAt: r.replayed_at,
  };
}

function dedupeKey(entry: DeadLetterInput): string {
  if (entry.eventId) return `event:${entry.eventId}`;
  const bytes = Buffer.from(entry.body, entry.bodyEncoding === 'base64' ? 'base64' : 'utf8');
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function writeCursor(letter: DeadLetter): string {
  return Buffer.from(JSON.stringify([letter.receivedAt, letter.id])).toString('base64url');
}

/** A cursor this list did not write is a caller's mistake, not a server error. */
function readCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return [value[0] as string, value[1] as string];
  } catch {
    // fall through
  }
  throw new BadInputError('The cursor `after` is not one this list gave.');
}
