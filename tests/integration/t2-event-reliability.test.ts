import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../bff/src/auth/demo-agents.js';
import { signToken } from '../../bff/src/auth/sign-token.js';
import { decodeFeedCursor, encodeFeedCursor } from '../../bff/src/events/feed-cursor.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../support/test-store.js';
import { createEventScript, sendScript } from '../../mocks/events/index.js';
import { startSimulators, type RunningSimulators } from '../../mocks/server.js';
import { compareStream } from '../support/compare-stream.js';
import { postGraphql } from '../support/post-graphql.js';
import { openBySubject, readOpenExceptions, type OpenBySubject } from '../support/read-open-exceptions.js';
import {
  startResumingSubscriber,
  type ResumingSubscriber,
  type SeenChange,
} from '../support/resuming-subscriber.js';
import { spawnReplica, type ReplicaProcess } from '../support/spawn-replica.js';
import { startTcpCut, type TcpCut } from '../support/start-tcp-cut.js';

/*
 * T2 (QUALITY.md): 10,000 WMS and carrier webhooks, 20 % repeated and 5 % out of order, from
 * at-least-once senders to two BFF replicas in their own processes on one PostgreSQL schema and
 * Redis. Mid-stream one replica is SIGKILLed (and restarted on its port), and the replicas' link to
 * Redis is cut for 2 s, so nudges are lost and only the feed's poll delivers. 50 agents stream the
 * exception feed from both replicas and resume from their last cursor when their stream breaks.
 * The counts are printed and written to tests/artifacts/t2.json.
 */

const SOURCES = ['wms', 'easypost', 'aftership', 'zendesk', 'cloudevents'] as const;
/** Each tenant's own webhook secrets, as the default tenants file's `${WEBHOOK_SECRET_<SOURCE>_<TENANT>}`. */
const SECRETS = (tenant: string) =>
  Object.fromEntries(SOURCES.map((s) => [s, `t2-${tenant}-${s}-webhook-secret`])) as Record<
    (typeof SOURCES)[number],
    string
  >;
const JWT = {
  secret: 't2-jwt-secret-long-enough-for-hs256-0123456',
  issuer: 'orderlens',
  audience: 'orderlens-bff',
};
const TENANTS = { acme: 'agent-anna', globex: 'agent-gary' } as const;
type Tenant = keyof typeof TENANTS;
const TENANT_IDS = Object.keys(TENANTS) as Tenant[];

const EVENTS = 10_000;
const SUBSCRIBERS = 50;
const PUBSUB_CUT_MS = 2000;
const ARTIFACT = fileURLToPath(new URL('../artifacts/t2.json', import.meta.url));

type StreamedException = { id: string; type: string; subjectKind: string; subjectId: string; status: string };
type FeedChange = SeenChange & { exception: StreamedException };

/** Polls `check` every 50 ms until it holds; throws naming `what` once `ms` have passed. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const holds = (wait: Promise<void>) =>
  wait.then(
    () => true,
    () => false,
  );

async function perTenant<T>(fn: (tenant: Tenant) => Promise<T>): Promise<Record<Tenant, T>> {
  const values = await Promise.all(TENANT_IDS.map(fn));
  return Object.fromEntries(TENANT_IDS.map((t, i) => [t, values[i]!])) as Record<Tenant, T>;
}

function tokenFor(agentId: string): Promise<string> {
  const agent = DEMO_AGENTS.find((a) => a.id === agentId);
  if (!agent) throw new Error(`no demo agent ${agentId}`);
  return signToken(agent, JWT);
}

describe('T2: webhooks reach agents through a replica crash and a pub/sub cut', () => {
  let db: TestDatabase;
  let sql: pg.Pool;
  let sims: RunningSimulators;
  let redis: TcpCut;
  let settings: Record<string, string>;
  const replicas: ReplicaProcess[] = [];
  const subscribers: ResumingSubscriber[] = [];
  const stopSending = new AbortController();

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const store = await db.open(); // migrate once, before two replicas race to
    await store.close();
    sql = new pg.Pool({ connectionString: db.url, max: 2 });
    sims = await startSimulators({ erpPort: 0, wmsPort: 0, crmPort: 0 });
    const target = new URL(TEST_REDIS_URL);
    redis = await startTcpCut({ host: target.hostname, port: Number(target.port || 6379) });
    settings = {
      PORT: '0',
      DATABASE_URL: db.url,
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      ERP_URL: sims.erp.url,
      WMS_URL: sims.wms.url,
      CRM_URL: sims.crm.url,
      JWT_SECRET: JWT.secret,
      ...Object.fromEntries(
        TENANT_IDS.flatMap((t) =>
          SOURCES.map((s) => [`WEBHOOK_SECRET_${s.toUpperCase()}_${t.toUpperCase()}`, SECRETS(t)[s]]),
        ),
      ),
    };
    replicas.push(...(await Promise.all([spawnReplica(settings), spawnReplica(settings)])));
  }, 60_000);

  afterAll(async () => {
    stopSending.abort();
    for (const s of subscribers) s.stop();
    await Promise.all(replicas.map((r) => r.kill('SIGKILL')));
    await redis?.close();
    await sims?.close();
    await sql?.end();
    await db?.drop();
  });

  const storedEvents = async () =>
    Number((await sql.query<{ n: string }>('select count(*) as n from events')).rows[0]!.n);

  /** A tenant's exception changes after `after`, as the store holds them: the feed's truth. */
  async function feedFromStore(tenant: Tenant, after: string): Promise<FeedChange[]> {
    const { rows } = await sql.query<{ seq: string; payload: string }>(
      `select seq, payload from changes where tenant = $1 and topic = 'exception' and seq > $2 order by seq`,
      [tenant, decodeFeedCursor(after) ?? 0],
    );
    return rows.map((r) => {
      const { kind, exception } = JSON.parse(r.payload) as { kind: string; exception: StreamedException };
      return { cursor: encodeFeedCursor(Number(r.seq)), kind, id: exception.id, exception };
    });
  }

  it(
    'gives each subscriber every change once, in order, and ends where an ordered replay does',
    { timeout: 240_000 },
    async () => {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const [a, b] = replicas as [ReplicaProcess, ReplicaProcess];
      const urls = [a.url, b.url]; // a's successor listens on a's port
      const tokens = await perTenant((tenant) => tokenFor(TENANTS[tenant]));
      const head = `{ exceptions(first: 1) { feedCursor } }`;
      type Head = { exceptions: { feedCursor: string } };
      const initial = await perTenant(
        async (t) => (await postGraphql<Head>(a.url, tokens[t], head)).exceptions.feedCursor,
      );

      // Both tenants on both replicas: 0 acme@a, 1 globex@a, 2 acme@b, 3 globex@b, 4 acme@a, …
      const tenantOf = Array.from({ length: SUBSCRIBERS }, (_, i) => TENANT_IDS[i % 2]!);
      for (const [i, t] of tenantOf.entries())
        subscribers.push(
          startResumingSubscriber({
            urls,
            token: tokens[t],
            after: initial[t],
            start: Math.floor(i / 2) % 2,
          }),
        );
      await until('every subscriber to stream', () => subscribers.every((s) => s.connected), 20_000);

      const script = createEventScript({
        seed: 2,
        count: EVENTS,
        duplicateRate: 0.2,
        outOfOrderRate: 0.05,
        secrets: SECRETS,
        startMs: Date.now(),
      });
      let delivered = false;
      const sending = sendScript(script.requests, {
        targetUrls: urls,
        concurrency: 16,
        secrets: SECRETS,
        signal: stopSending.signal,
        retry: { baseMs: 100, maxMs: 2000 },
      }).finally(() => (delivered = true));
      /** "Mid-stream", by what the BFF has stored rather than by the clock. */
      const storedShare = (share: number) => {
        const n = Math.round(script.expected.uniqueEvents * share);
        return until(
          `${n} stored events`,
          async () => {
            if (delivered) throw new Error(`the script was delivered before ${n} events were stored`);
            return (await storedEvents()) >= n;
          },
          120_000,
        );
      };
      const killAndRestart = (async () => {
        await storedShare(0.3);
        const killedAt = performance.now();
        const killedWith = await a.kill('SIGKILL');
        // The successor is optional to T2: should a's port be taken meanwhile, senders fail over to b.
        let restartError: string | null = null;
        for (let attempt = 1; attempt <= 3; attempt++) {
          try {
            replicas.push(await spawnReplica({ ...settings, PORT: String(a.port) }));
            restartError = null;
            break;
          } catch (error) {
            restartError = String(error).slice(0, 300);
          }
        }
        return {
          killedWith,
          restarted: restartError === null,
          restartError,
          restartMs: Math.round(performance.now() - killedAt),
        };
      })();
      const cutPubSub = (async () => {
        await storedShare(0.55);
        const before = redis.cutConnections;
        await redis.cut(PUBSUB_CUT_MS);
        return { redisConnectionsCut: redis.cutConnections - before, redisCutMs: PUBSUB_CUT_MS };
      })();
      const [report, killed, cut] = await Promise.all([sending, killAndRestart, cutPubSub]);
      const deliveredMs = elapsed();
      // Each live replica has its publishing and its subscribing connection back.
      const liveReplicas = killed.restarted ? 2 : 1;
      const relinked = await holds(
        until('the replicas to reconnect to Redis', () => redis.openConnections >= 2 * liveReplicas, 15_000),
      );

      // Every request was acknowledged, so every change is committed: the feed's end is known.
      const feed = await perTenant((t) => feedFromStore(t, initial[t]));
      const last = (t: Tenant) => feed[t].at(-1)?.cursor ?? initial[t];
      const caughtUp = await holds(
        until(
          "every subscriber to reach its tenant's last change",
          () => subscribers.every((s, i) => s.cursor === last(tenantOf[i]!)),
          30_000,
        ),
      );
      const caughtUpMs = elapsed();
      // The same feed read afresh through the API from the initial cursor (on a's successor if it runs).
      const fresh = await perTenant(async (t) => {
        const reader = startResumingSubscriber({ urls, token: tokens[t], after: initial[t] });
        await holds(until(`a fresh read of ${t}'s feed`, () => reader.cursor === last(t), 30_000));
        reader.stop();
        return [...reader.received];
      });

      // The final state: the inbox against the script's ordered replay, and against an inbox kept
      // from the feed alone (each change carries the exception as it now is).
      const inbox = await perTenant((t) => readOpenExceptions(b.url, tokens[t]));
      const replay = await perTenant(async (t) =>
        Object.fromEntries(
          Object.entries(script.expected.openExceptions)
            .filter(([, e]) => e.tenant === t)
            .map(([key, e]) => [key, [...e.types]]),
        ),
      );
      const folded = await perTenant(async (t) =>
        openBySubject(new Map(feed[t].map((c) => [c.id, c.exception])).values()),
      );
      const differing = TENANT_IDS.flatMap((t) =>
        [...new Set([...Object.keys(inbox[t]), ...Object.keys(replay[t])])]
          .filter((key) => (inbox[t][key] ?? []).join() !== (replay[t][key] ?? []).join())
          .map((key) => ({ tenant: t, key, inbox: inbox[t][key] ?? [], replay: replay[t][key] ?? [] })),
      );
      const count = (o: Record<Tenant, OpenBySubject>) =>
        TENANT_IDS.reduce((n, t) => n + Object.values(o[t]).flat().length, 0);
      const storedDistinct = await storedEvents();

      // Taken last, so a change delivered again after the catch-up would still be counted.
      for (const s of subscribers) s.stop();
      const perSubscriber = subscribers.map((s, i) => {
        const { lost, duplicated, unexpected, identical } = compareStream(s.received, feed[tenantOf[i]!]);
        // A payload that was not a change is unexpected too.
        return {
          tenant: tenantOf[i]!,
          received: s.received.length,
          reconnections: s.reconnections,
          lost,
          duplicated,
          unexpected: unexpected + s.invalid,
          identical,
        };
      });
      const total = (key: 'received' | 'lost' | 'duplicated' | 'unexpected' | 'reconnections') =>
        perSubscriber.reduce((n, s) => n + s[key], 0);
      const streamEnds: Record<string, number> = {};
      for (const p of subscribers.flatMap((s) => s.problems))
        streamEnds[p.slice(0, 80)] = (streamEnds[p.slice(0, 80)] ?? 0) + 1;

      const t2 = {
        events: {
          sent: script.requests.length,
          unique: script.expected.uniqueEvents,
          scriptedDuplicates: script.expected.duplicates,
          scriptedOutOfOrder: script.expected.outOfOrder,
          storedDistinct,
        },
        delivery: {
          accepted: report.accepted,
          rejected: report.rejected,
          unsent: report.unsent,
          byResult: report.byResult,
          retries: report.retries,
          failovers: report.failovers,
        },
        failures: { ...killed, ...cut, redisRelinked: relinked },
        feedChanges: { acme: feed.acme.length, globex: feed.globex.length },
        subscribers: {
          count: subscribers.length,
          received: total('received'),
          lost: total('lost'),
          duplicated: total('duplicated'),
          unexpected: total('unexpected'),
          notIdentical: perSubscriber.filter((s) => !s.identical).length,
          reconnections: total('reconnections'),
          caughtUp,
          streamEnds,
        },
        openExceptions: {
          inbox: count(inbox),
          replay: count(replay),
          foldedFromFeed: count(folded),
          differing: differing.length,
        },
        elapsedMs: { delivered: deliveredMs, caughtUp: caughtUpMs, total: elapsed() },
      };
      console.log(`T2 ${JSON.stringify(t2, null, 2)}`);
      mkdirSync(dirname(ARTIFACT), { recursive: true });
      writeFileSync(
        ARTIFACT,
        `${JSON.stringify({ ...t2, perSubscriber, differing: differing.slice(0, 50) }, null, 2)}\n`,
      );

      expect(report.results.filter((r) => !(r.status !== null && r.status >= 200 && r.status < 300))).toEqual(
        [],
      );
      expect(storedDistinct).toBe(script.expected.uniqueEvents);
      expect(killed.killedWith).toBe('SIGKILL');
      expect(cut.redisConnectionsCut).toBeGreaterThan(0);
      expect(relinked, 'every live replica back on Redis').toBe(true);
      const seen = ({ cursor, kind, id }: SeenChange): SeenChange => ({ cursor, kind, id });
      for (const t of TENANT_IDS) expect(fresh[t], `a fresh read of ${t}'s feed`).toEqual(feed[t].map(seen));
      expect(perSubscriber.filter((s) => s.lost || s.duplicated || s.unexpected || !s.identical)).toEqual([]);
      expect(caughtUp).toBe(true);
      expect(differing.slice(0, 20)).toEqual([]);
      expect(folded, 'an inbox kept from the feed').toEqual(inbox);
    },
  );
});
