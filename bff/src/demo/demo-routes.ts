import { Hono } from 'hono';
import { DEMO_AGENTS } from '../auth/demo-agents.js';
import { signToken } from '../auth/sign-token.js';

export interface SampleReferences {
  erpOrderNumber: string;
  wmsReference: string;
  channelReference: string;
  customerPo: string;
  trackingNumber: string;
  rmaNumber: string;
  ticketId: string;
  customerEmail: string;
}

export interface DemoRoutesOptions {
  jwt: { secret: string; issuer: string; audience: string };
  /** Seeded references per tenant, from the simulators' data set. */
  samples: (tenant: string, count: number) => SampleReferences[];
}

/**
 * The embedded default's demo endpoints: the seeded agents, a signed token for one, and sample
 * references of every kind. Mounted only when Orderlens runs on its simulators.
 * @example app.route('/', createDemoRoutes({ jwt, samples: sampleReferences }));
 */
export function createDemoRoutes(options: DemoRoutesOptions): Hono {
  const tenants = [...new Set(DEMO_AGENTS.map((a) => a.tenant))];
  return new Hono()
    .get('/demo/agents', (c) => c.json({ agents: DEMO_AGENTS }))
    .get('/demo/token', async (c) => {
      const agent = DEMO_AGENTS.find((a) => a.id === c.req.query('agent'));
      if (!agent) {
        return c.json({ error: `Unknown agent; one of: ${DEMO_AGENTS.map((a) => a.id).join(', ')}.` }, 400);
      }
      return c.json({ token: await signToken(agent, options.jwt), agent });
    })
    .get('/demo/samples', (c) => {
      const raw = c.req.query('count') ?? '3';
      const count = Number(raw);
      if (!/^\d+$/.test(raw) || count < 1 || count > 100) {
        return c.json({ error: '`count` must be a whole number from 1 to 100.' }, 400);
      }
      return c.json({ samples: Object.fromEntries(tenants.map((t) => [t, options.samples(t, count)])) });
    });
}
