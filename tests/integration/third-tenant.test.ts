import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { signToken } from '../../bff/src/auth/sign-token.js';
import type { DemoAgent } from '../../bff/src/auth/demo-agents.js';
import {
  afterShipWebhook,
  structuredCloudEvent,
} from '../../bff/src/events/normalisers/__fixtures__/webhook-fixtures.js';
import { signWebhook } from '../../bff/src/events/signatures/sign-webhook.js';
import { DEFAULT_TENANTS_FILE } from '../../bff/src/tenants/read-tenants.js';
import { createEventScript, sendScript } from '../../mocks/events/index.js';
import { postGraphql } from '../support/post-graphql.js';
import { startStack, type Stack } from '../support/start-stack.js';
import { postWebhook, shortPickWebhook } from '../support/wms-webhook.js';

/*
 * A third tenant by configuration alone: the simulators' world has initech, the shipped tenants file
 * does not. This test writes a tenants file with the demo tenants and initech (its secrets as
 * `${NAME}` references set in the environment) and runs the embedded stack on it, unchanged code.
 */
const SOURCES = ['wms', 'easypost', 'aftership', 'zendesk', 'cloudevents'] as const;
const INITECH_SECRETS = Object.fromEntries(SOURCES.map((s) => [s, `initech-${s}-webhook-secret`])) as Record<
  (typeof SOURCES)[number],
  string
>;
const INITECH = {
  id: 'initech',
  name: 'Initech Components',
  erp: { company: 'INITECH' },
  wms: { account: 'initech-us' },
  helpdesk: { subdomain: 'initech', orderNumberFieldId: 360001234567 },
  webhookSecrets: Object.fromEntries(
    SOURCES.map((s) => [s, `\${WEBHOOK_SECRET_${s.toUpperCase()}_INITECH}`]),
  ),
  currency: 'USD',
  locale: 'en-US',
};
const AGENTS: Record<'initech' | 'acme' | 'globex', DemoAgent> = {
  initech: { id: 'agent-ines', name: 'Ines Park', tenant: 'initech', roles: ['agent'], teams: ['orders-us'] },
  acme: { id: 'agent-anna', name: 'Anna Berger', tenant: 'acme', roles: ['agent'], teams: ['orders-de'] },
  globex: { id: 'agent-gary', name: 'Gary Olsen', tenant: 'globex', roles: ['agent'], teams: ['orders-us'] },
};
type TenantId = keyof typeof AGENTS;

const ORDER = /* GraphQL */ `
  query ($ref: String!) {
    order(ref: $ref) {
      id
      customer {
        email
      }
      shipments {
        trackingNumber
      }
      cases {
        id
      }
    }
  }
`;
const INBOX = /* GraphQL */ `
  query {
    exceptions(first: 100) {
      edges {
        node {
          id
          type
          orderNumber
        }
      }
    }
  }
`;

describe('a third tenant added by configuration alone', () => {
  let stack: Stack;
  let dir: string;
  const as = async <T = any>(tenant: TenantId, query: string, variables: Record<string, unknown> = {}) => {
    const token = await signToken(AGENTS[tenant], { ...stack.env.jwt, secret: stack.env.jwt.secret! });
    return postGraphql<T>(stack.url, token, query, variables);
  };

  /** A short pick on one of initech's seeded orders, signed with initech's own WMS secret. */
  const initechShortPick = (index: number) => {
    const sample = stack.samples('initech', 5)[index]!;
    const hook = shortPickWebhook({
      tenant: 'initech',
      orderNumber: sample.erpOrderNumber,
      wmsReference: sample.wmsReference,
      account: 'initech-us',
      secret: INITECH_SECRETS.wms,
    });
    return { sample, hook };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orderlens-third-tenant-'));
    const shipped = parse(readFileSync(DEFAULT_TENANTS_FILE, 'utf8')) as { tenants: unknown[] };
    const file = join(dir, 'tenants.yaml');
    writeFileSync(file, stringify({ tenants: [...shipped.tenants, INITECH] }));
    const secrets = Object.fromEntries(
      SOURCES.map((s) => [`WEBHOOK_SECRET_${s.toUpperCase()}_INITECH`, INITECH_SECRETS[s]]),
    );
    stack = await startStack({ TENANTS_FILE: file, ...secrets });
  });
  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves its orders from all three upstreams through GraphQL', async () => {
    const samples = stack.samples('initech', 3);
    expect(samples).toHaveLength(3);
    for (const sample of samples) {
      for (const ref of [sample.erpOrderNumber, sample.trackingNumber, sample.ticketId]) {
        const data = await as('initech', ORDER, { ref });
        expect(data.order, ref).toMatchObject({
          id: sample.erpOrderNumber,
          customer: { email: sample.customerEmail },
        });
        expect(data.order.shipments.map((s: any) => s.trackingNumber)).toContain(sample.trackingNumber);
        expect(data.order.cases.map((c: any) => c.id)).toContain(sample.ticketId);
      }
    }
  });

  it('keeps it and the demo tenants apart in both directions (NOT_FOUND, not FORBIDDEN)', async () => {
    const pairs: [TenantId, TenantId][] = [
      ['initech', 'acme'],
      ['initech', 'globex'],
      ['acme', 'initech'],
      ['globex', 'initech'],
    ];
    for (const [owner, intruder] of pairs) {
      for (const sample of stack.samples(owner, 2)) {
        for (const ref of Object.values(sample)) {
          const data = await as(intruder, ORDER, { ref });
          expect(data.order, `${intruder} reading ${owner}'s ${ref}`).toBeNull();
        }
      }
    }
  });

  it('ingests its signed WMS and carrier webhooks and raises its exceptions, in its inbox only', async () => {
    const script = createEventScript({
      seed: 11,
      count: 200,
      duplicateRate: 0,
      outOfOrderRate: 0,
      tenants: ['initech'],
      secrets: INITECH_SECRETS,
      startMs: Date.now(),
    });
    const report = await sendScript(script.requests, { targetUrls: [stack.url], secrets: INITECH_SECRETS });
    expect(report).toMatchObject({ accepted: 200, rejected: 0, unsent: 0 });
    expect(report.byResult['dead_lettered'] ?? 0).toBe(0);
    expect(new Set(script.requests.map((r) => r.source))).toEqual(new Set(['wms', 'easypost', 'aftership']));

    const { sample, hook } = initechShortPick(4);
    expect(await postWebhook(stack.url, hook)).toEqual({ status: 202, body: { status: 'applied' } });
    const inbox = (await as('initech', INBOX)).exceptions.edges.map((e: any) => e.node);
    expect(inbox).toContainEqual(
      expect.objectContaining({ type: 'SHORT_PICK', orderNumber: sample.erpOrderNumber }),
    );
    for (const other of ['acme', 'globex'] as const) {
      const theirs = (await as(other, INBOX)).exceptions.edges.map((e: any) => e.node.orderNumber);
      expect(theirs).not.toContain(sample.erpOrderNumber);
    }
  });

  it('refuses its signed webhook at a demo tenant’s URL with 401', async () => {
    const { hook } = initechShortPick(3);
    for (const tenant of ['acme', 'globex']) {
      const misplaced = { ...hook, path: `/events/${tenant}/wms` };
      expect(await postWebhook(stack.url, misplaced)).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'Missing, invalid or expired signature.' } },
      });
    }
    // And a demo tenant's correctly signed webhook is refused at initech's URL.
    const acme = stack.samples('acme', 1)[0]!;
    const acmeHook = shortPickWebhook({
      tenant: 'acme',
      orderNumber: acme.erpOrderNumber,
      wmsReference: acme.wmsReference,
    });
    expect((await postWebhook(stack.url, { ...acmeHook, path: '/events/initech/wms' })).status).toBe(401);
    expect((await postWebhook(stack.url, acmeHook)).status).toBe(202);
  });

  it('refuses an AfterShip or CloudEvents webhook signed for acme at globex’s URL with 401', async () => {
    // Neither format names its tenant: only acme's own secret binds these bodies to acme.
    const secrets = stack.env.tenants['acme']!.webhookSecrets;
    const aftershipBody = JSON.stringify(afterShipWebhook({}, { event_id: `as-replay-${process.pid}` }));
    const ceHeaders = { 'content-type': 'application/cloudevents+json' };
    const ceBody = JSON.stringify(
      structuredCloudEvent({ id: `ce-replay-${process.pid}`, source: '/erp/acme' }),
    );
    const hooks = {
      aftership: {
        body: aftershipBody,
        headers: {
          'content-type': 'application/json',
          ...signWebhook('aftership', secrets.aftership, aftershipBody),
        },
      },
      cloudevents: {
        body: ceBody,
        headers: {
          ...ceHeaders,
          ...signWebhook('cloudevents', secrets.cloudevents, ceBody, { headers: ceHeaders }),
        },
      },
    };
    for (const [source, hook] of Object.entries(hooks)) {
      expect(await postWebhook(stack.url, { ...hook, path: `/events/globex/${source}` }), source).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'Missing, invalid or expired signature.' } },
      });
      // The same signed request is good at acme's own URL, so the refusal above is the tenant's.
      expect((await postWebhook(stack.url, { ...hook, path: `/events/acme/${source}` })).status, source).toBe(
        202,
      );
    }
  });

  it('refuses a token for a tenant the tenants file does not list with 401, recording no one', async () => {
    const stranger: DemoAgent = {
      id: 'agent-uma',
      name: 'Uma Brella',
      tenant: 'umbrella',
      roles: ['supervisor'],
      teams: [],
    };
    const token = await signToken(stranger, { ...stack.env.jwt, secret: stack.env.jwt.secret! });
    const seen = vi.spyOn(stack.orderlens.services.agents, 'seen');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const body = JSON.stringify({ query: '{ __typename }' });
    const graphql = await fetch(`${stack.url}/graphql`, { method: 'POST', headers, body });
    const stream = await fetch(`${stack.url}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { exceptionChanges { __typename } }' }),
    });
    const admin = await fetch(`${stack.url}/admin/dead-letters`, { headers });
    try {
      for (const res of [graphql, stream])
        expect(await res.json()).toEqual({
          errors: [{ message: 'Tenant not served.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      expect(await admin.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Tenant not served.' },
      });
      expect([graphql.status, stream.status, admin.status]).toEqual([401, 401, 401]);
      expect(seen).not.toHaveBeenCalled();
    } finally {
      seen.mockRestore();
    }
  });
});
