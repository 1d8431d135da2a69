import type { ExceptionType } from '../exception.js';
import type { EngineResult, RuleThresholds, Subject } from '../exception-engine.js';
import { settle } from './settle.js';
import type { SubjectKindSpec } from './subject-kinds.js';

/**
 * Runs a subject's rules on its (already reduced) state and returns the subject to save with its
 * new `open` fingerprints and `wakeAt`, and the exceptions to raise and clear. Rules read state,
 * never the event, so any arrival order that ends in the same state ends in the same exceptions.
 */
export function evaluateSubject<S extends { open: Partial<Record<ExceptionType, string>> }>(
  spec: SubjectKindSpec<S>,
  subject: Subject,
  state: S,
  now: number,
  thresholds: RuleThresholds,
  withErp = false,
): EngineResult {
  const orderNumber = spec.orderNumber(state, subject.id) ?? subject.orderNumber ?? subject.id;
  const outcomes = spec.rules({ subjectId: subject.id, orderNumber, state, now, thresholds }, withErp);
  const settled = settle({
    kind: subject.kind,
    subjectId: subject.id,
    orderNumber,
    outcomes,
    open: state.open,
    tier: spec.tier(state),
    promiseAt: spec.promise(state, thresholds),
    now,
  });
  const saved = { ...state, open: settled.open };
  return {
    subjects: [
      { ...subject, orderNumber, state: saved as unknown as Record<string, unknown>, wakeAt: settled.wakeAt },
    ],
    raise: settled.raise,
    clear: settled.clear,
  };
}
