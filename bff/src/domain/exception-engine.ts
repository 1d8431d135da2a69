import type { CanonicalEvent } from './event.js';
import type { ExceptionDraft, ExceptionType, SubjectKind } from './exception.js';
import type { ErpOrder } from './model.js';

/**
 * What Orderlens remembers about one order, shipment or return between events: only what its
 * rules need (it is no second system of record). `state` is the engine's own JSON; the store keeps
 * it opaque, indexed by `wakeAt` so time rules run when they can next fire.
 */
export interface Subject {
  tenant: string;
  kind: SubjectKind;
  id: string;
  orderNumber: string | null;
  state: Record<string, unknown>;
  /** When a time rule could next fire for this subject, ISO 8601; null when none can. */
  wakeAt: string | null;
}

export interface SubjectRef {
  kind: SubjectKind;
  id: string;
}

export interface ExceptionKey {
  subjectKind: SubjectKind;
  subjectId: string;
  type: ExceptionType;
}

/** What a rule evaluation changes: subjects to save, exceptions to raise (or refresh) and to clear. */
export interface EngineResult {
  subjects: Subject[];
  raise: ExceptionDraft[];
  clear: ExceptionKey[];
  /** Set when the event's subject is unknown yet (a tracking number before its shipment): keep the event. */
  unmatched?: { kind: SubjectKind; id: string };
}

/** Thresholds of the time and drift rules, from configuration. */
export interface RuleThresholds {
  /** An order confirmed in the ERP must reach the WMS within this many hours. */
  releaseHours: number;
  /** A label must get its first carrier scan within this many hours. */
  firstScanHours: number;
  /** A received return must be credited within this many hours. */
  creditHours: number;
  /** ERP and WMS may disagree this many minutes before it is an exception. */
  driftMinutes: number;
}

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  releaseHours: 24,
  firstScanHours: 24,
  creditHours: 72,
  driftMinutes: 60,
};

/**
 * The exception engine: pure functions from (event or time, current subjects) to changes. The
 * store runs them inside the transaction that records the event, so effects commit together.
 */
export interface ExceptionEngine {
  /** The subjects an event concerns, to load before `apply`. */
  subjectsOf(event: CanonicalEvent): SubjectRef[];
  /** Applies an event. Out-of-order events never move state backwards. */
  apply(event: CanonicalEvent, current: ReadonlyMap<string, Subject>, now: Date): EngineResult;
  /** Time rules for a subject whose `wakeAt` has passed. */
  wake(subject: Subject, now: Date): EngineResult;
  /** Drift rules: the ERP's view of an order against what the WMS told us. */
  compareErp(subject: Subject, erp: ErpOrder, now: Date): EngineResult;
}

/** Map key of a subject: `${kind}:${id}`. */
export const subjectKey = (ref: SubjectRef): string => `${ref.kind}:${ref.id}`;
