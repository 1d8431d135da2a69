import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store } from './create-store.js';

export type LeaseOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Periodic work on exactly one replica at a time: a named lease row in the store, claimed with one
 * conditional upsert that both dialects run the same way (insert it, or take it over when it expired
 * or is already ours). The holder keeps renewing while it runs the job each period, so the job
 * stays where it is; when that replica dies its lease expires and another takes over.
 * Replicas' clocks are assumed to agree to well within the lease TTL.
 * @example
 * const leases = createLeaseRunner({ store });
 * const stop = leases.every('sla-sweep', 30_000, () => runSweep({ store, engine, feed, now: new Date() }));
 */
export function createLeaseRunner(options: {
  store: Store;
  holder?: string;
  now?: () => Date;
  onError?: (error: unknown, name: string) => void;
}) {
  const { store, now = () => new Date(), onError = () => {} } = options;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  /** Claims or renews the lease for `ttlMs`; true when this replica holds it now. */
  async function claim(name: string, ttlMs: number): Promise<boolean> {
    const at = now();
    const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
    const row = await store.db
      .insertInto('leases')
      .values({ name, holder, expires_at: expiresAt })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder, expires_at: expiresAt })
          .where((eb) =>
            eb.or([eb('leases.expires_at', '<=', at.toISOString()), eb('leases.holder', '=', holder)]),
          ),
      )
      .returning('holder')
      .executeTakeFirst();
    return row?.holder === holder;
  }

  /** Runs `fn` only if this replica holds (or could take) the lease. */
  async function withLease<T>(name: string, ttlMs: number, fn: () => Promise<T>): Promise<LeaseOutcome<T>> {
    if (!(await claim(name, ttlMs))) return { ran: false };
    return { ran: true, value: await fn() };
  }

  /** Gives the lease up (at shutdown), so another replica need not wait for it to expire. */
  async function release(name: string): Promise<void> {
    await store.db
      .updateTable('leases')
      .set({ expires_at: now().toISOString() })
      .where('name', '=', name)
      .where('holder', '=', holder)
      .execute();
  }

  /** Tries `fn` every `intervalMs` under the lease (TTL three periods); returns a stop function. */
  function every(name: string, intervalMs: number, fn: () => Promise<unknown>, ttlMs = 3 * intervalMs) {
    let running = false;
    const tick = async () => {
      if (running) return; // a slow round is not overlapped by the next
      running = true;
      try {
        await withLease(name, ttlMs, fn);
      } catch (error) {
        onError(error, name);
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), intervalMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await release(name).catch(() => {});
    };
  }

  return { holder, claim, withLease, release, every };
}

export type LeaseRunner = ReturnType<typeof createLeaseRunner>;
