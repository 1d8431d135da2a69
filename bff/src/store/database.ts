import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * The store's tables as Kysely sees them. Portable types only, so one set of migrations and queries
 * serves SQLite and PostgreSQL: timestamps are ISO 8601 UTC text (`toISOString()`, which sorts
 * as it reads), JSON is text, sequence numbers are integers (PostgreSQL int8 is parsed to number).
 */
export interface Database {
  events: EventsTable;
  subjects: SubjectsTable;
  exceptions: ExceptionsTable;
  exception_history: ExceptionHistoryTable;
  changes: ChangesTable;
  unmatched_events: UnmatchedEventsTable;
  dead_letters: DeadLettersTable;
  leases: LeasesTable;
  sweep_positions: SweepPositionsTable;
  agents: AgentsTable;
}

export interface EventsTable {
  source: string;
  event_id: string;
  tenant: string;
  type: string;
  occurred_at: string;
  received_at: string;
  /** The canonical event's body, JSON. */
  payload: string;
}

export interface SubjectsTable {
  tenant: string;
  kind: string;
  id: string;
  order_number: string | null;
  /** The engine's own JSON. */
  state: string;
  wake_at: string | null;
  updated_at: string;
}

export interface ExceptionsTable {
  id: string;
  tenant: string;
  type: string;
  subject_kind: string;
  subject_id: string;
  order_number: string;
  status: string;
  severity: string;
  /** 0 = CRITICAL … 3 = LOW, so the inbox sorts most severe first with an index. */
  severity_rank: number;
  team: string | null;
  assignee: string | null;
  snoozed_until: string | null;
  due_at: string;
  opened_at: string;
  updated_at: string;
  resolved_at: string | null;
  resolution: string | null;
  summary: string;
  /** JSON string array. */
  evidence: string;
  /** JSON string array. */
  suggested_actions: string;
}

export interface ExceptionHistoryTable {
  seq: Generated<number>;
  exception_id: string;
  tenant: string;
  at: string;
  actor: string;
  action: string;
  note: string | null;
}

export interface ChangesTable {
  seq: Generated<number>;
  tenant: string;
  topic: string;
  key: string;
  /** JSON. */
  payload: string;
  created_at: string;
}

export interface UnmatchedEventsTable {
  tenant: string;
  subject_kind: string;
  subject_id: string;
  source: string;
  event_id: string;
  occurred_at: string;
}

export interface DeadLettersTable {
  id: string;
  source: string;
  tenant: string;
  reason: string;
  /** JSON object. */
  headers: string;
  body: string;
  /** 'utf8', or 'base64' for a body that was not UTF-8 text. */
  body_encoding: string;
  /** `event:<id>` from the sender, or `sha256:<hex>` of the body; unique per tenant and source. */
  dedupe_key: string;
  received_at: string;
  replayed_at: string | null;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** How far a paging sweep got through an upstream list in its current pass, per job and tenant. */
export interface SweepPositionsTable {
  job: string;
  tenant: string;
  /** The pass's fixed query bound (e.g. "changed before"), ISO 8601: a cursor is valid with it only. */
  bound: string;
  /** The upstream's cursor for the next page; null once the pass has read the last page. */
  cursor: string | null;
  started_at: string;
  updated_at: string;
}

/** An agent Orderlens has seen with a verified token: the tenant's known agents. */
export interface AgentsTable {
  tenant: string;
  id: string;
  /** From the token, when it carries one. */
  name: string | null;
  first_seen_at: string;
  last_seen_at: string;
}

/** A transaction or the database itself: queries that do not care which. */
export type Executor = Kysely<Database> | Transaction<Database>;
