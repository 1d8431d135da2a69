import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
// The BFF's real intake, for tests only: the simulators' wire formats must be the ones it reads.
import {
  createFakeEventSink,
  type FakeEventSink,
} from '../../../bff/src/events/__fixtures__/fake-event-sink.js';
import { createIntakeRoutes } from '../../../bff/src/events/intake-routes.js';
import type { WebhookSecrets } from '../../../bff/src/events/signatures/verify-webhook.js';
import { ORDER_FIELD_ID } from '../../crm/wire.js';
import { TENANTS } from '../../world/tenants.js';

/**
 * The BFF's webhook intake on a loopback port, storing into an in-memory sink, configured for every
 * world tenant: with one set of secrets for all of them, or each tenant's own.
 */
export async function startIntake(
  secrets: WebhookSecrets | ((tenant: string) => WebhookSecrets),
): Promise<{ sink: FakeEventSink; url: string; close(): Promise<void> }> {
  const sink = createFakeEventSink();
  const tenants = Object.fromEntries(
    TENANTS.map((t) => [
      t.id,
      {
        webhookSecrets: typeof secrets === 'function' ? secrets(t.id) : secrets,
        wmsAccount: t.wmsAccount,
        orderFieldId: ORDER_FIELD_ID,
      },
    ]),
  );
  const app = createIntakeRoutes({ sink, tenants });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    sink,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
