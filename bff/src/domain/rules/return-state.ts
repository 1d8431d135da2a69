import type { ExceptionType } from '../exception.js';
import type { CustomerTier, ReturnStatus } from '../model.js';
import type { RuleThresholds } from '../exception-engine.js';
import type { Stamp } from './stamp.js';
import { HOUR, ms } from './time.js';

/** What the rules remember about one return (RETURN subject, keyed by RMA number). */
export interface ReturnState {
  v: 1;
  orderNumber: string | null;
  /** Copied from the order when the return first appeared. */
  tier: CustomerTier | null;
  /** The newest status. */
  status: (Stamp & { status: ReturnStatus; reason: string | null }) | null;
  /** The earliest receipt (RECEIVED, or INSPECTED which implies it). */
  received: Stamp | null;
  /** The earliest credit. */
  credited: Stamp | null;
  open: Partial<Record<ExceptionType, string>>;
}

export const emptyReturnState = (): ReturnState => ({
  v: 1,
  orderNumber: null,
  tier: null,
  status: null,
  received: null,
  credited: null,
  open: {},
});

export function readReturnState(json: Record<string, unknown>): ReturnState {
  if (json.v !== 1) return emptyReturnState();
  return { ...emptyReturnState(), ...(structuredClone(json) as Partial<ReturnState>) } as ReturnState;
}

/** The return's customer promise: credit within `creditHours` of receipt. */
export const creditDeadline = (s: ReturnState, t: RuleThresholds): number | null =>
  s.received ? ms(s.received.at) + t.creditHours * HOUR : null;
