import { readEnv } from '../../bff/src/env.js';
import type { WebhookSecrets } from '../../bff/src/events/signatures/verify-webhook.js';

let tenants: ReturnType<typeof readEnv>['tenants'] | undefined;

/** A demo tenant's webhook secrets in the embedded default (`bff/tenants.default.yaml`). */
export function embeddedWebhookSecrets(tenant: string): WebhookSecrets {
  tenants ??= readEnv({}).tenants;
  const config = Object.hasOwn(tenants, tenant) ? tenants[tenant] : undefined;
  if (!config) throw new Error(`no demo tenant ${tenant}`);
  return config.webhookSecrets;
}
