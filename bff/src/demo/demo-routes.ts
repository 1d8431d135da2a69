import { Hono } from 'hono';
import { DEMO_AGENTS } from '../auth/demo-agents.js';
import { signToken } from '../auth/sign-token.js';
import { BadInputError } from '../domain/errors.js';

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
 * references of every kind. Mounted only when Orderlens runs on its simulators; bad queries throw
 * BAD_USER_INPUT for the app's error boundary.
 * @example app.route('/', createDemoRoutes({ jwt, samples: sampleReferences }));
 */
export function createDemoRoutes(options: DemoRoutesOptions): Hono {
  const tenants = [...new Set(DEMO_AGENTS.map((a) => a.tenant))];
  return new Hono()
    .get('/demo/agents', (c) => c.json({ agents: DEMO_AGENTS }))
    .get('/demo/token', async (c) => {
      const agent = DEMO_AGENTS.find((a) => a.id === c.req.query('agent'));
      if (!agent)
        throw new BadInputError(`Unknown agent; one of: ${DEMO_AGENTS.map((a) => a.id).join(', ')}.`);
      return c.json({ token: await signToken(agent, options.jwt), agent });
    })
    .get('/demo/samples', (c) => {
      const raw = c.req.query('count') ?? '3';
      const count = Number(raw);
      if (!/^\d+$/.test(raw) || count < 1 || count > 100)
        throw new BadInputError('`count` must be a whole number from 1 to 100.');
      return c.json({ samples: Object.fromEntries(tenants.map((t) => [t, options.samples(t, count)])) });
    });
}
