import { BadInputError, DomainError } from '../domain/errors.js';
import type { ExceptionStatus, OrderException } from '../domain/exception.js';
import type { Transaction } from 'kysely';
import { knownAgent } from './agent-directory.js';
import { appendChanges, lockChanges } from './append-changes.js';
import type { ChangeNotifier } from './change.js';
import type { Store } from './create-store.js';
import type { Database } from './database.js';
import { saveException } from './exception-writes.js';
import { toOrderException } from './exception-row.js';
import { inTransaction } from './in-transaction.js';
import { isoTime, laterThan } from './iso-time.js';

/** Who acts on which exception; `expectedUpdatedAt` (optional) makes the command fail if it moved since. */
export interface CommandTarget {
  tenant: string;
  id: string;
  /** Agent id, recorded in the history. */
  actor: string;
  expectedUpdatedAt?: string | null;
}

const MAX_SNOOZE_MS = 30 * 24 * 3600_000;
const MAX_NOTE = 2000;

interface Step {
  action: string;
  from: readonly ExceptionStatus[];
  /** Checks made on the exception as stored, inside the transaction, before anything is written. */
  check?(current: OrderException, trx: Transaction<Database>): Promise<void> | void;
  change(current: OrderException, at: string): Partial<OrderException> | null;
  note: string | null;
}

/**
 * The agent's commands on an exception. Each checks the transition is valid from the current
 * status, writes the exception, its history line and its feed changes in one transaction, and
 * nudges subscribers after commit. Errors: NOT_FOUND (also for another tenant's id), CONFLICT (the
 * status does not allow it, or it changed since `expectedUpdatedAt`), BAD_USER_INPUT.
 * @example
 * const commands = createExceptionCommands({ store, feed });
 * await commands.acknowledge({ tenant: 'acme', id, actor: 'agent-anna' });
 * await commands.snooze({ tenant: 'acme', id, actor: 'agent-anna', until: '2026-11-05T09:00:00Z' });
 */
export function createExceptionCommands(options: { store: Store; feed: ChangeNotifier; now?: () => Date }) {
  const { store, feed, now = () => new Date() } = options;

  async function run(target: CommandTarget, step: Step): Promise<OrderException> {
    const { exception, nudges } = await inTransaction(store, async (trx) => {
      await lockChanges(trx, store.dialect, target.tenant);
      const row = await trx
        .selectFrom('exceptions')
        .selectAll()
        .where('tenant', '=', target.tenant)
        .where('id', '=', target.id)
        .executeTakeFirst();
      if (!row) throw new DomainError('NOT_FOUND', `No exception ${target.id}.`);
      const current = toOrderException(row);
      if (target.expectedUpdatedAt && target.expectedUpdatedAt !== current.updatedAt) {
        throw new DomainError('CONFLICT', 'The exception changed since it was loaded; reload and try again.');
      }
      if (!step.from.includes(current.status)) {
        throw new DomainError('CONFLICT', `The exception is ${current.status}; it cannot be ${step.action}.`);
      }
      await step.check?.(current, trx);
      const at = laterThan(current.updatedAt, now().toISOString());
      const fields = step.change(current, at);
      if (!fields) return { exception: current, nudges: [] };
      const next: OrderException = { ...current, ...fields, updatedAt: at };
      await saveException(trx, next, { actor: target.actor, action: step.action, note: step.note });
      const kind = next.status === 'RESOLVED' ? 'RESOLVED' : 'UPDATED';
      const nudges = await appendChanges(
        trx,
        store.dialect,
        [
          { tenant: next.tenant, topic: 'exception', key: next.id, payload: { kind, exception: next } },
          {
            tenant: next.tenant,
            topic: 'order',
            key: next.orderNumber,
            payload: { orderNumber: next.orderNumber },
          },
        ],
        at,
      );
      return { exception: next, nudges };
    });
    for (const nudge of nudges) feed.notify(nudge);
    return exception;
  }

  return {
    /** An agent takes it: OPEN or SNOOZED → ACKNOWLEDGED. */
    acknowledge: (t: CommandTarget) =>
      run(t, {
        action: 'acknowledged',
        from: ['OPEN', 'SNOOZED'],
        note: null,
        change: () => ({ status: 'ACKNOWLEDGED', snoozedUntil: null }),
      }),

    /** Put aside until a time, in the future and at most 30 days ahead. */
    snooze: async (t: CommandTarget & { until: string }) => {
      const until = parseUntil(t.until, now());
      return run(t, {
        action: 'snoozed',
        from: ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'],
        note: `until ${until}`,
        change: () => ({ status: 'SNOOZED', snoozedUntil: until }),
      });
    },

    /** Closed by an agent, with a note saying what was done. */
    resolve: async (t: CommandTarget & { note: string }) => {
      const note = t.note.trim();
      if (!note) throw new BadInputError('A resolution note is required.');
      if (note.length > MAX_NOTE) throw new BadInputError(`The note may be at most ${MAX_NOTE} characters.`);
      return run(t, {
        action: 'resolved',
        from: ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'],
        note,
        change: (_, at) => ({ status: 'RESOLVED', resolvedAt: at, resolution: note, snoozedUntil: null }),
      });
    },

    /**
     * To an agent, or unassigned with null; assigning to the current assignee changes nothing. The
     * assignee must be a known agent of the tenant (`knownAgent`; the actor always is), else
     * BAD_USER_INPUT. `authorize` sees the assignee as stored, under the transaction's lock, so
     * whether the actor takes over someone else's exception is decided on what is really there.
     */
    assign: (
      t: CommandTarget & {
        assignee: string | null;
        authorize(current: { assignee: string | null }): void;
      },
    ) =>
      run(t, {
        action: 'assigned',
        from: ['OPEN', 'ACKNOWLEDGED', 'SNOOZED'],
        note: t.assignee ?? 'unassigned',
        async check(current, trx) {
          t.authorize(current);
          if (t.assignee !== null && t.assignee !== t.actor && !(await knownAgent(trx, t.tenant, t.assignee)))
            throw new BadInputError(
              `Unknown agent ${JSON.stringify(t.assignee)}: an assignee must be an agent of this tenant.`,
            );
        },
        change: (current) => (current.assignee === t.assignee ? null : { assignee: t.assignee }),
      }),
  };
}

export type ExceptionCommands = ReturnType<typeof createExceptionCommands>;

function parseUntil(value: string, now: Date): string {
  let until: string;
  try {
    until = isoTime(value);
  } catch {
    throw new BadInputError('`until` must be an ISO 8601 time.');
  }
  const ms = new Date(until).getTime() - now.getTime();
  if (ms <= 0) throw new BadInputError('`until` must be in the future.');
  if (ms > MAX_SNOOZE_MS) throw new BadInputError('`until` may be at most 30 days ahead.');
  return until;
}
