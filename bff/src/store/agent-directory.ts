import { sql } from 'kysely';
import type { Store } from './create-store.js';
import type { Executor } from './database.js';

export interface AgentDirectoryOptions {
  store: Store;
  /** An agent is written again at most this often (default 5 minutes). */
  refreshMs?: number;
  now?: () => Date;
  /** A failed write only delays the record to the agent's next request. */
  onError?: (error: unknown) => void;
}

/** What the directory keeps of an agent: who, for which tenant, and the name their token gave. */
export interface SeenAgent {
  id: string;
  tenant: string;
  name: string | null;
}

/** Agents remembered as recently written, at most; past it the memory starts over. */
const MAX_REMEMBERED = 50_000;

/**
 * The tenant's **known agents**. Orderlens has no user directory of its own, and the identity
 * provider is the desk's: an agent is known to a tenant once they have made a request to Orderlens
 * with a verified token for that tenant. `seen` records them (id, tenant, the token's name, first
 * and last seen); it is called for every verified request, so it writes at most once per agent per
 * `refreshMs`, never waits for the write and never fails the request. Assignment (`knownAgent`)
 * accepts only agents recorded for the tenant, so an exception cannot be given to an id nobody
 * holds, nor to an agent of another tenant.
 * @example const agents = createAgentDirectory({ store }); verify(header).then(agents.seen);
 */
export function createAgentDirectory(options: AgentDirectoryOptions) {
  const { store, refreshMs = 5 * 60_000, now = () => new Date(), onError = () => {} } = options;
  const written = new Map<string, number>();
  const writing = new Set<Promise<void>>();

  async function record(viewer: SeenAgent, at: string) {
    await store.db
      .insertInto('agents')
      .values({
        tenant: viewer.tenant,
        id: viewer.id,
        name: viewer.name,
        first_seen_at: at,
        last_seen_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant', 'id']).doUpdateSet({
          // A token without a name keeps the one an earlier token gave.
          name: sql<string | null>`coalesce(excluded.name, agents.name)`,
          last_seen_at: at,
        }),
      )
      .execute();
  }

  return {
    /** Records the agent unless written within `refreshMs`; returns the viewer, unchanged. */
    seen<T extends SeenAgent>(viewer: T): T {
      const key = `${viewer.tenant}\n${viewer.id}`;
      const at = now();
      const last = written.get(key);
      if (last !== undefined && at.getTime() - last < refreshMs) return viewer;
      if (written.size >= MAX_REMEMBERED) written.clear();
      written.set(key, at.getTime());
      const write = record(viewer, at.toISOString())
        .catch((error) => {
          written.delete(key); // try again on the next request
          onError(error);
        })
        .finally(() => writing.delete(write));
      writing.add(write);
      return viewer;
    },
    /** Resolves once the writes started so far are done (tests, shutdown). */
    async settled(): Promise<void> {
      await Promise.all([...writing]);
    },
  };
}

export type AgentDirectory = ReturnType<typeof createAgentDirectory>;

/** Whether `id` is a known agent of `tenant` (see `createAgentDirectory`). */
export async function knownAgent(db: Executor, tenant: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('agents')
    .select('id')
    .where('tenant', '=', tenant)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
