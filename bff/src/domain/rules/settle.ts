import type { ExceptionDraft, ExceptionType, SubjectKind } from '../exception.js';
import type { ExceptionKey } from '../exception-engine.js';
import type { CustomerTier } from '../model.js';
import { fingerprint } from './fingerprint.js';
import type { RuleOutcome } from './rule-outcome.js';
import { exposureStartsAt, severityOf } from './severity.js';
import { iso } from './time.js';

export interface SettleInput {
  kind: SubjectKind;
  subjectId: string;
  orderNumber: string;
  outcomes: RuleOutcome[];
  /** Fingerprints of what this subject raised before. */
  open: Partial<Record<ExceptionType, string>>;
  tier: CustomerTier | null;
  promiseAt: number | null;
  now: number;
}

export interface Settlement {
  raise: ExceptionDraft[];
  clear: ExceptionKey[];
  open: Partial<Record<ExceptionType, string>>;
  wakeAt: string | null;
}

/** Drift is confirmed only by a fresh ERP read, so waking for it would find nothing to do. */
const NOT_WOKEN: ReadonlySet<ExceptionType> = new Set(['SYSTEM_DRIFT']);

/**
 * Turns rule verdicts into changes: a draft is raised when new or when anything in it changed
 * (so the store upserts and subscribers hear of it only then), cleared when its rule stops holding.
 * Rules not among `outcomes` keep whatever is open. `wakeAt` is the earliest future moment a time
 * rule could fire or an open exception's severity steps up.
 */
export function settle(input: SettleInput): Settlement {
  const open = { ...input.open };
  const raise: ExceptionDraft[] = [];
  const clear: ExceptionKey[] = [];
  const wakes: number[] = [];
  const { kind, subjectId, now } = input;
  for (const { type, hit, firesAt } of input.outcomes) {
    if (!hit) {
      if (open[type] !== undefined) {
        clear.push({ subjectKind: kind, subjectId, type });
        delete open[type];
      }
      if (firesAt != null && firesAt > now && !NOT_WOKEN.has(type)) wakes.push(firesAt);
      continue;
    }
    const draft: ExceptionDraft = {
      type,
      subjectKind: kind,
      subjectId,
      orderNumber: input.orderNumber,
      severity: severityOf(hit.base, { tier: input.tier, promiseAt: input.promiseAt, now }),
      dueAt: iso(hit.dueAt),
      summary: hit.summary,
      evidence: [...new Set(hit.evidence)],
      suggestedActions: [...hit.actions],
    };
    const print = fingerprint(draft);
    if (open[type] !== print) {
      raise.push(draft);
      open[type] = print;
    }
    const stepUp = exposureStartsAt(input.promiseAt, now);
    if (stepUp !== null && draft.severity !== 'CRITICAL' && !NOT_WOKEN.has(type)) wakes.push(stepUp);
  }
  const wakeAt = wakes.length > 0 ? iso(Math.min(...wakes)) : null;
  return { raise, clear, open, wakeAt };
}
