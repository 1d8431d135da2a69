import type { ExceptionEngine, RuleThresholds } from '../exception-engine.js';
import { DEFAULT_THRESHOLDS } from '../exception-engine.js';
import { applyEvent } from './apply-event.js';
import { compareErp } from './compare-erp.js';
import { evaluateSubject } from './evaluate-subject.js';
import { ORDER, RETURN, SHIPMENT } from './subject-kinds.js';
import { subjectsOf } from './subjects-of.js';

export interface ExceptionEngineOptions {
  thresholds?: RuleThresholds;
}

/**
 * The exception engine: pure and deterministic, its only clock the `now` it is given. The store
 * loads `subjectsOf(event)`, calls `apply` inside the transaction that records the event, saves
 * the returned subjects and upserts / resolves the exceptions; a sweep calls `wake` for subjects
 * whose `wakeAt` has passed, and `compareErp` with fresh ERP reads of open orders.
 *
 * @example
 * const engine = createExceptionEngine({ thresholds: { ...DEFAULT_THRESHOLDS, firstScanHours: 12 } });
 * const { subjects, raise, clear, unmatched } = engine.apply(event, loaded, new Date());
 */
export function createExceptionEngine({
  thresholds = DEFAULT_THRESHOLDS,
}: ExceptionEngineOptions = {}): ExceptionEngine {
  return {
    subjectsOf,
    apply: (event, current, now) => applyEvent(event, current, now.getTime(), thresholds),
    wake(subject, now) {
      const t = now.getTime();
      switch (subject.kind) {
        case 'ORDER':
          return evaluateSubject(ORDER, subject, ORDER.read(subject.state), t, thresholds);
        case 'SHIPMENT':
          return evaluateSubject(SHIPMENT, subject, SHIPMENT.read(subject.state), t, thresholds);
        case 'RETURN':
          return evaluateSubject(RETURN, subject, RETURN.read(subject.state), t, thresholds);
      }
    },
    compareErp: (subject, erp, now) => compareErp(subject, erp, now.getTime(), thresholds),
  };
}
