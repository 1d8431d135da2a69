import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ZodIssue } from 'zod';
import { errorMessage } from '../domain/errors.js';
import type { RuleThresholds } from '../domain/exception-engine.js';
import { WEBHOOK_SOURCES, type WebhookSource } from '../events/webhook-source.js';
import { resolveSecret } from './resolve-secret.js';
import type { TenantConfig, Tenants } from './tenant-config.js';
import { tenantsFileSchema } from './tenants-file-schema.js';

/** The demo tenants of the embedded default, shipped with the code. */
export const DEFAULT_TENANTS_FILE = fileURLToPath(new URL('../../tenants.default.yaml', import.meta.url));

export interface ReadTenantsOptions {
  /** Where the variables that `${NAME}` references are looked up (the process environment). */
  variables: Readonly<Record<string, string | undefined>>;
  /** Global rule thresholds (RULE_* variables); each tenant's `rules` override them. */
  rules: RuleThresholds;
  /** Whether `${NAME:-fallback}` may fall back: only on the embedded simulators. */
  fallbacks: boolean;
  /** The shortest secret accepted (with real upstreams 16: a short secret can be guessed offline). */
  minSecretLength?: number;
}

/**
 * The one source whose secret tenants may share: a WMS envelope names its account, and intake
 * refuses an envelope that does not name the URL's tenant's (`events/signed-for-tenant.ts`). Every
 * other format carries nothing that says whose it is, so its secret alone binds it to a tenant.
 */
const SHAREABLE_SOURCES: ReadonlySet<WebhookSource> = new Set(['wms']);

/**
 * Reads, validates and resolves the tenants file. Every problem is returned as one line that names
 * the tenant and the field (`tenant "acme": helpdesk.orderNumberFieldId: Expected number`), so the
 * caller can stop the process with all of them at once. Beyond the schema: a source's secret may
 * not repeat across tenants (but the WMS's, see `SHAREABLE_SOURCES`), and none may be shorter than
 * `minSecretLength`.
 *
 * @example const { tenants } = readTenants('tenants.yaml', { variables: process.env, rules, fallbacks: false });
 */
export function readTenants(
  path: string,
  options: ReadTenantsOptions,
): { tenants: Tenants; problems: [] } | { tenants: null; problems: string[] } {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { tenants: null, problems: [`cannot be read: ${errorMessage(error)}`] };
  }
  const parsed = tenantsFileSchema.safeParse(raw);
  if (!parsed.success) return { tenants: null, problems: parsed.error.issues.map((i) => describe(i, raw)) };

  const problems: string[] = [];
  const minLength = options.minSecretLength ?? 1;
  const tenants: Record<string, TenantConfig> = Object.create(null);
  // Who holds each resolved secret so far, per source: two `${NAME}`s may resolve to one value.
  const holders = new Map<string, string>();
  for (const t of parsed.data.tenants) {
    const secrets = {} as Record<WebhookSource, string>;
    for (const source of WEBHOOK_SOURCES) {
      const field = `tenant "${t.id}": webhookSecrets.${source}`;
      const resolved = resolveSecret(t.webhookSecrets[source], options.variables, options);
      if ('error' in resolved) {
        problems.push(`${field}: ${resolved.error}`);
        continue;
      }
      const secret = resolved.value;
      if (secret.length < minLength) problems.push(`${field}: must be at least ${minLength} characters`);
      const holder = holders.get(`${source}\n${secret}`);
      if (holder !== undefined && !SHAREABLE_SOURCES.has(source))
        problems.push(
          `${field}: is the same secret as tenant "${holder}"'s; a webhook signed for one would be accepted at the other's URL`,
        );
      else holders.set(`${source}\n${secret}`, t.id);
      secrets[source] = secret;
    }
    tenants[t.id] = Object.freeze({
      id: t.id,
      name: t.name,
      erp: t.erp,
      wms: t.wms,
      helpdesk: { ...t.helpdesk, customerNumberFieldId: t.helpdesk.customerNumberFieldId ?? null },
      webhookSecrets: secrets,
      currency: t.currency,
      locale: t.locale,
      rules: { ...options.rules, ...t.rules },
      limits: { maxRefund: t.limits?.maxRefund ?? {} },
    });
  }
  return problems.length > 0
    ? { tenants: null, problems }
    : { tenants: Object.freeze(tenants), problems: [] };
}

/** `tenants.2.helpdesk.subdomain` reads as `tenant "initech": helpdesk.subdomain`. */
function describe(issue: ZodIssue, raw: unknown): string {
  const [top, index, ...field] = issue.path;
  if (top !== 'tenants' || typeof index !== 'number')
    return `${issue.path.join('.') || '(file)'}: ${issue.message}`;
  const id = (raw as { tenants: { id?: unknown }[] }).tenants[index]?.id;
  const who = typeof id === 'string' && id !== '' ? `tenant "${id}"` : `tenant #${index + 1}`;
  return `${who}: ${field.join('.') || '(tenant)'}: ${issue.message}`;
}
