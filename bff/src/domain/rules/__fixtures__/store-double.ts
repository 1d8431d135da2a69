/**
 * An in-memory stand-in for the store, for the rule tests: it loads `subjectsOf`, saves subjects,
 * upserts and resolves exceptions by key, parks unmatched events and re-applies them when their
 * subject appears, and wakes due subjects. Test support only.
 */
import type { CanonicalEvent } from '../../event.js';
import type { ExceptionDraft, SubjectKind } from '../../exception.js';
import type { EngineResult, ExceptionEngine, Subject } from '../../exception-engine.js';
import { subjectKey } from '../../exception-engine.js';
import type { ErpOrder } from '../../model.js';
import { newSubject } from '../new-subject.js';

export const exceptionKey = (k: { subjectKind: SubjectKind; subjectId: string; type: string }): string =>
  `${k.subjectKind}:${k.subjectId}:${k.type}`;

export function createStoreDouble(engine: ExceptionEngine, { dedupe = true }: { dedupe?: boolean } = {}) {
  const subjects = new Map<string, Subject>();
  const open = new Map<string, ExceptionDraft>();
  const parked = new Map<string, CanonicalEvent[]>();
  const seen = new Set<string>();
  const log: { raised: ExceptionDraft[]; cleared: string[] } = { raised: [], cleared: [] };

  function commit(result: EngineResult): void {
    for (const s of result.subjects) subjects.set(subjectKey(s), s);
    for (const d of result.raise) open.set(exceptionKey(d), d);
    for (const c of result.clear) open.delete(exceptionKey(c));
    log.raised.push(...result.raise);
    log.cleared.push(...result.clear.map(exceptionKey));
  }

  function apply(event: CanonicalEvent, now: Date): EngineResult {
    const current = new Map<string, Subject>();
    for (const ref of engine.subjectsOf(event)) {
      const found = subjects.get(subjectKey(ref));
      if (found) current.set(subjectKey(ref), found);
    }
    const result = engine.apply(event, current, now);
    if (result.unmatched) {
      const key = subjectKey(result.unmatched);
      parked.set(key, [...(parked.get(key) ?? []), event]);
      return result;
    }
    commit(result);
    for (const s of result.subjects) {
      const waiting = parked.get(subjectKey(s));
      if (!waiting) continue;
      parked.delete(subjectKey(s));
      for (const e of waiting) apply(e, now);
    }
    return result;
  }

  return {
    subjects,
    open,
    parked,
    log,
    ingest(event: CanonicalEvent, now: Date): EngineResult | 'duplicate' {
      const id = `${event.source}:${event.id}`;
      if (dedupe && seen.has(id)) return 'duplicate';
      seen.add(id);
      return apply(event, now);
    },
    /** Wakes every subject whose `wakeAt` has passed, as the sweep would. */
    wakeDue(now: Date): void {
      for (const s of [...subjects.values()]) {
        if (s.wakeAt !== null && Date.parse(s.wakeAt) <= now.getTime()) commit(engine.wake(s, now));
      }
    },
    compare(erp: ErpOrder, now: Date): EngineResult {
      const subject = subjects.get(`ORDER:${erp.number}`) ?? newSubject(erp.tenant, 'ORDER', erp.number);
      const result = engine.compareErp(subject, erp, now);
      commit(result);
      return result;
    },
    subject(kind: SubjectKind, id: string): Subject | undefined {
      return subjects.get(subjectKey({ kind, id }));
    },
    types(): string[] {
      return [...open.values()].map((d) => d.type).sort();
    },
  };
}

export type StoreDouble = ReturnType<typeof createStoreDouble>;
