import type { ExceptionSeverity, ExceptionType } from '../exception.js';
import type { RuleThresholds } from '../exception-engine.js';
import type { SuggestedAction } from './suggested-action.js';

/** What a rule family reads: one subject's state, the clock and the configured thresholds. */
export interface RuleContext<S> {
  subjectId: string;
  orderNumber: string;
  state: S;
  now: number;
  thresholds: RuleThresholds;
}

/** A rule's finding while its condition holds; severity is finished later with tier and SLA exposure. */
export interface RuleHit {
  base: ExceptionSeverity;
  /** Epoch ms by which an agent must act. */
  dueAt: number;
  summary: string;
  evidence: string[];
  actions: SuggestedAction[];
}

/**
 * One rule's verdict on a subject: `hit` while the condition holds, null when it does not (which
 * clears an open exception). A time rule that does not hold yet says when it would (`firesAt`).
 */
export interface RuleOutcome {
  type: ExceptionType;
  hit: RuleHit | null;
  firesAt?: number | null;
}

export const holds = (type: ExceptionType, hit: RuleHit): RuleOutcome => ({ type, hit });
export const clear = (type: ExceptionType, firesAt: number | null = null): RuleOutcome => ({
  type,
  hit: null,
  firesAt,
});
