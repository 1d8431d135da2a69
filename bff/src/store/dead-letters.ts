import { createHash, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { DomainError, errorMessage } from '../domain/errors.js';
import { decodePosition, encodePosition } from '../domain/position-cursor.js';
import type { CanonicalEvent } from '../domain/event.js';
import type { Store } from './create-store.js';
import type { DeadLettersTable, Executor } from './database.js';

/**
 * A signed webhook that could not become an event (invalid or unmappable) or whose ingest failed
 * for good, or a waiting event whose step failed when it was released (`WAITING_EVENT_SOURCE`),
 * kept for an admin to inspect and replay. `headers` are only those a normaliser reads (never a
 * signature).
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
  /** The sender's event id it was deduplicated on, or null when its bytes were. */
  eventId: string | null;
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
    /**
     * Keeps an entry; a redelivery of one already kept (same tenant, source and event id) is a no-op.
     * `executor` is a transaction for an entry that must be kept together with another write.
     */
    async add(entry: DeadLetterInput, executor: Executor = db): Promise<{ kept: boolean }> {
      return keepDeadLetter(executor, entry, now());
    },

    page,

    /** A tenant's entries, newest first (the first page only). */
    async list(tenant: string, { limit = 100, includeReplayed = false } = {}): Promise<DeadLetter[]> {
      return (await page(tenant, { first: limit, includeReplayed })).entries;
    },

    /**
     * Runs `reprocess` on an unreplayed entry (outside any transaction: it ingests in its own), and
     * only once it succeeded marks the entry replayed, so a crash in between leaves the entry listed
     * for another try rather than hidden. Two replays of one entry at once may both reprocess it:
     * ingest deduplicates on event id, so the second is a 'duplicate' with no effect. With `tenant`,
     * an entry of another tenant is NOT_FOUND; an entry already replayed is CONFLICT.
     */
    async replay<T>(id: string, reprocess: (entry: DeadLetter) => Promise<T>, tenant?: string): Promise<T> {
      const row = await db.selectFrom('dead_letters').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || (tenant !== undefined && row.tenant !== tenant)) {
        throw new DomainError('NOT_FOUND', `No dead letter ${id}.`);
      }
      if (row.replayed_at !== null)
        throw new DomainError('CONFLICT', `Dead letter ${id} was already replayed.`);
      const result = await reprocess(toDeadLetter(row));
      await setReplayed(db, id, now());
      return result;
    },
  };
}

export type DeadLetters = ReturnType<typeof createDeadLetters>;

/**
 * Marks an entry replayed inside the caller's transaction, so the replay's effect and the mark
 * commit together; CONFLICT when another replay marked it first (the caller's effect rolls back).
 */
export async function markReplayed(executor: Executor, id: string, at: Date): Promise<void> {
  if ((await setReplayed(executor, id, at)) === 0)
    throw new DomainError('CONFLICT', `Dead letter ${id} was already replayed.`);
}

/** Marks an entry replayed unless it is already; how many it marked (0 or 1). */
async function setReplayed(executor: Executor, id: string, at: Date): Promise<number> {
  const marked = await executor
    .updateTable('dead_letters')
    .set({ replayed_at: at.toISOString() })
    .where('id', '=', id)
    .where('replayed_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows);
}

/** Keeps an entry (see `add`), in the caller's transaction when given one. */
export async function keepDeadLetter(
  executor: Executor,
  entry: DeadLetterInput,
  at: Date,
): Promise<{ kept: boolean }> {
  const inserted = await executor
    .insertInto('dead_letters')
    .values({
      id: randomUUID(),
      source: entry.source,
      tenant: entry.tenant,
      reason: entry.reason,
      headers: JSON.stringify(entry.headers),
      body: entry.body,
      body_encoding: entry.bodyEncoding ?? 'utf8',
      dedupe_key: dedupeKey(entry),
      received_at: at.toISOString(),
      replayed_at: null,
    })
    .onConflict((oc) => oc.columns(['tenant', 'source', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return { kept: inserted.length > 0 };
}

/** The source of dead letters that were waiting events whose step failed; no webhook route has it. */
export const WAITING_EVENT_SOURCE = 'waiting-event';

/** Why a waiting event could not be applied when its subject appeared (or again, on replay). */
export const releaseFailure = (error: unknown): string => `release failed: ${errorMessage(error)}`;

/**
 * A waiting event whose step failed when its subject appeared, as a dead letter: the canonical
 * event as its body (its wire body is not kept), why it failed, deduplicated on its source and id.
 */
export function waitingEventDeadLetter(event: CanonicalEvent, error: unknown): DeadLetterInput {
  return {
    source: WAITING_EVENT_SOURCE,
    tenant: event.tenant,
    reason: releaseFailure(error),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
    eventId: JSON.stringify([event.source, event.id]),
  };
}

function toDeadLetter(r: Selectable<DeadLettersTable>): DeadLetter {
  return {
    id: r.id,
    source: r.source,
    tenant: r.tenant,
    reason: r.reason,
    headers: JSON.parse(r.headers) as Record<string, string>,
    body: r.body,
    bodyEncoding: r.body_encoding === 'base64' ? 'base64' : 'utf8',
    eventId: r.dedupe_key.startsWith(EVENT_KEY) ? r.dedupe_key.slice(EVENT_KEY.length) : null,
    receivedAt: r.received_at,
    replayedAt: r.replayed_at,
  };
}

/** The dedupe key's prefix for an entry identified by the sender's event id. */
const EVENT_KEY = 'event:';

function dedupeKey(entry: DeadLetterInput): string {
  if (entry.eventId) return `${EVENT_KEY}${entry.eventId}`;
  const bytes = Buffer.from(entry.body, entry.bodyEncoding === 'base64' ? 'base64' : 'utf8');
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

const writeCursor = (letter: DeadLetter): string => encodePosition([letter.receivedAt, letter.id]);

const readCursor = (cursor: string): [string, string] =>
  decodePosition(
    cursor,
    (values) =>
      values.length === 2 && values.every((v) => typeof v === 'string')
        ? [values[0] as string, values[1] as string]
        : null,
    'The cursor `after` is not one this list gave.',
  );
