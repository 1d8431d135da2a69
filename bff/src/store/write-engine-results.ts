import type { Transaction } from 'kysely';
import type { EngineResult } from '../domain/exception-engine.js';
import { appendChanges, lockChanges } from './append-changes.js';
import type { ChangeNudge, NewChange } from './change.js';
import type { Database } from './database.js';
import { clearException, raiseException, type TeamOf } from './exception-writes.js';
import type { Dialect } from './migrations.js';
import { upsertSubjects, type SubjectSet } from './subject-set.js';

/** One engine evaluation to persist, in the order it ran. */
export interface EngineStep {
  tenant: string;
  result: EngineResult;
  /**
   * Orders to announce on the `order` topic even when no exception moved: an event touched them.
   * (A sweep that only moves a wake time announces nothing.)
   */
  touchedOrders?: readonly string[];
}

/**
 * The one persistence path of the exception engine, shared by event intake, time sweeps and drift
 * checks: writes back the subjects, then, under each tenant's change lock, clears and raises
 * exceptions with their history and appends one `exception` change per exception that moved and
 * one `order` change per order touched. Returns the nudges to publish after commit.
 */
export async function writeEngineResults(
  trx: Transaction<Database>,
  dialect: Dialect,
  input: { sets: readonly SubjectSet[]; steps: readonly EngineStep[] },
  options: { at: string; teamOf: TeamOf },
): Promise<ChangeNudge[]> {
  const { at, teamOf } = options;
  await upsertSubjects(
    trx,
    input.sets.flatMap((s) => s.changed()),
    at,
  );
  // Subject locks were all taken while loading; change locks come last and in one order, so two
  // transactions never wait on each other in a cycle.
  for (const tenant of [...new Set(input.steps.map((s) => s.tenant))].sort()) {
    await lockChanges(trx, dialect, tenant);
  }
  const changes: NewChange[] = [];
  const orders = new Map<string, Set<string>>();
  const touch = (tenant: string, orderNumber: string | null | undefined) => {
    if (!orderNumber) return;
    const set = orders.get(tenant) ?? new Set<string>();
    orders.set(tenant, set.add(orderNumber));
  };
  for (const { tenant, result, touchedOrders = [] } of input.steps) {
    for (const n of touchedOrders) touch(tenant, n);
    const raised = new Set(result.raise.map(keyOf));
    const moved = [];
    // A key both cleared and raised in one result stays raised: the newer condition wins.
    for (const key of result.clear.filter((k) => !raised.has(keyOf(k)))) {
      moved.push(await clearException(trx, tenant, key, at));
    }
    for (const draft of result.raise) moved.push(await raiseException(trx, tenant, draft, at, teamOf));
    for (const payload of moved) {
      if (!payload) continue;
      changes.push({ tenant, topic: 'exception', key: payload.exception.id, payload });
      touch(tenant, payload.exception.orderNumber);
    }
  }
  for (const [tenant, numbers] of orders) {
    for (const orderNumber of numbers)
      changes.push({ tenant, topic: 'order', key: orderNumber, payload: { orderNumber } });
  }
  return appendChanges(trx, dialect, changes, at);
}

const keyOf = (k: { subjectKind: string; subjectId: string; type: string }) =>
  `${k.subjectKind}:${k.subjectId}:${k.type}`;
