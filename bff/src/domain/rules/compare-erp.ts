import type { EngineResult, RuleThresholds, Subject } from '../exception-engine.js';
import type { ErpOrder } from '../model.js';
import { erpDisagreement } from './erp-disagreement.js';
import { reduceErp } from './erp-view.js';
import { evaluateSubject } from './evaluate-subject.js';
import { ORDER } from './subject-kinds.js';
import { iso } from './time.js';

/**
 * Folds a fresh ERP read into an ORDER subject and runs every order rule, drift included. The
 * disagreement clock (`erp.drift.since`) starts at the first comparison that sees one and stops at
 * the first that does not, so SYSTEM_DRIFT means "continuously, as far as we looked".
 */
export function compareErp(
  subject: Subject,
  erp: ErpOrder,
  now: number,
  thresholds: RuleThresholds,
): EngineResult {
  if (subject.kind !== 'ORDER' || erp.number !== subject.id) return { subjects: [], raise: [], clear: [] };
  const state = reduceErp(ORDER.read(subject.state), erp, now);
  const view = state.erp;
  if (view) {
    const found = erpDisagreement(state, erp);
    view.drift = found ? { since: view.drift?.since ?? iso(now), ...found } : null;
  }
  return evaluateSubject(ORDER, subject, state, now, thresholds, true);
}
