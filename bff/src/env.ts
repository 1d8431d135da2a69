import { join } from 'node:path';
import { z } from 'zod';
import type { WebhookSecrets } from './events/signatures/verify-webhook.js';
import { DEFAULT_THRESHOLDS, type RuleThresholds } from './domain/exception-engine.js';

const WEBHOOK_SECRET_VARIABLES = [
  'WEBHOOK_SECRET_WMS',
  'WEBHOOK_SECRET_EASYPOST',
  'WEBHOOK_SECRET_AFTERSHIP',
  'WEBHOOK_SECRET_ZENDESK',
  'WEBHOOK_SECRET_CLOUDEVENTS',
] as const;

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().min(1).max(120_000);
const optionalUrl = z.string().url().optional();
const webhookSecret = z.string().min(1).optional();
const urlWithScheme = (schemes: string[]) =>
  z
    .string()
    .url()
    .refine(
      (u) => schemes.some((s) => u.startsWith(`${s}://`)),
      `must be a ${schemes.join(':// or ')}:// URL`,
    )
    .optional();
const positive = z.coerce.number().positive().max(100_000);

/**
 * Every setting Orderlens reads, validated once at start. Nothing else reads `process.env`.
 * Without upstream URLs Orderlens runs the embedded default: it starts the simulators itself.
 */
const schema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    ERP_URL: optionalUrl,
    WMS_URL: optionalUrl,
    CRM_URL: optionalUrl,
    ERP_API_KEY: z.string().min(1).default('embedded-erp-key'),
    WMS_API_KEY: z.string().min(1).default('embedded-wms-key'),
    CRM_EMAIL: z.string().min(1).default('orderlens@example.com'),
    CRM_API_TOKEN: z.string().min(1).default('embedded-crm-token'),
    ERP_TIMEOUT_MS: ms.default(2000),
    WMS_TIMEOUT_MS: ms.default(2000),
    CRM_TIMEOUT_MS: ms.default(2000),
    UPSTREAM_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(64),
    SIM_ERP_PORT: port.default(4101),
    SIM_WMS_PORT: port.default(4102),
    SIM_CRM_PORT: port.default(4103),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: optionalUrl,
    JWT_ISSUER: z.string().min(1).default('orderlens'),
    JWT_AUDIENCE: z.string().min(1).default('orderlens-bff'),
    ALLOWED_ORIGINS: z.string().default(''),
    DATABASE_URL: urlWithScheme(['postgres', 'postgresql']),
    DATA_DIR: z.string().min(1).default('.data'),
    REDIS_URL: urlWithScheme(['redis', 'rediss']),
    RULE_RELEASE_HOURS: positive.default(DEFAULT_THRESHOLDS.releaseHours),
    RULE_FIRST_SCAN_HOURS: positive.default(DEFAULT_THRESHOLDS.firstScanHours),
    RULE_CREDIT_HOURS: positive.default(DEFAULT_THRESHOLDS.creditHours),
    RULE_DRIFT_MINUTES: positive.default(DEFAULT_THRESHOLDS.driftMinutes),
    WEBHOOK_SECRET_WMS: webhookSecret,
    WEBHOOK_SECRET_EASYPOST: webhookSecret,
    WEBHOOK_SECRET_AFTERSHIP: webhookSecret,
    WEBHOOK_SECRET_ZENDESK: webhookSecret,
    WEBHOOK_SECRET_CLOUDEVENTS: webhookSecret,
  })
  .superRefine((env, ctx) => {
    const urls = [env.ERP_URL, env.WMS_URL, env.CRM_URL].filter(Boolean).length;
    if (urls !== 0 && urls !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['ERP_URL'],
        message: 'set all of ERP_URL, WMS_URL and CRM_URL, or none for the embedded simulators',
      });
    }
    // Real senders sign with real secrets; an embedded default there would accept forged events.
    for (const name of WEBHOOK_SECRET_VARIABLES) {
      if (urls === 3 && env[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'required with real upstreams' });
      }
    }
    if (urls === 3 && !env.JWT_JWKS_URL && !env.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_JWKS_URL'],
        message: 'required with real upstreams (or JWT_SECRET for a shared secret)',
      });
    }
  });

/** The embedded default's signing secret; only used when no upstream URLs are configured. */
const EMBEDDED_JWT_SECRET = 'orderlens-embedded-default-secret-not-for-production';

/**
 * The embedded default's webhook secrets, shared with the simulators that sign their events; used
 * only when no upstream URLs are configured.
 */
export const EMBEDDED_WEBHOOK_SECRETS: WebhookSecrets = {
  wms: 'orderlens-embedded-wms-webhook-secret',
  easypost: 'orderlens-embedded-easypost-webhook-secret',
  aftership: 'orderlens-embedded-aftership-webhook-secret',
  zendesk: 'orderlens-embedded-zendesk-webhook-secret',
  cloudevents: 'orderlens-embedded-cloudevents-webhook-secret',
};

export interface Env {
  port: number;
  host: string;
  embedded: boolean;
  upstreams: {
    erp: { url: string | null; apiKey: string; timeoutMs: number };
    wms: { url: string | null; apiKey: string; timeoutMs: number };
    crm: { url: string | null; email: string; apiToken: string; timeoutMs: number };
    /** Keep-alive connections per upstream: concurrent requests beyond it queue for a whole round trip. */
    connections: number;
  };
  simulatorPorts: { erp: number; wms: number; crm: number };
  jwt: { secret: string | null; jwksUrl: string | null; issuer: string; audience: string };
  allowedOrigins: string[];
  /** PostgreSQL when `databaseUrl` is set, else the SQLite file at `sqlitePath`. */
  store: { databaseUrl: string | null; sqlitePath: string };
  /** Redis for cross-replica pub/sub; null = in-process. */
  redisUrl: string | null;
  rules: RuleThresholds;
  /** Signing secret per webhook source. */
  webhookSecrets: WebhookSecrets;
}

/** A setting is wrong; the message names the variable. */
export class EnvError extends Error {}

/**
 * Reads and validates the environment.
 * @example const env = readEnv(process.env); // throws EnvError naming the bad variable
 */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = !e.ERP_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    embedded,
    upstreams: {
      erp: { url: e.ERP_URL ?? null, apiKey: e.ERP_API_KEY, timeoutMs: e.ERP_TIMEOUT_MS },
      wms: { url: e.WMS_URL ?? null, apiKey: e.WMS_API_KEY, timeoutMs: e.WMS_TIMEOUT_MS },
      crm: {
        url: e.CRM_URL ?? null,
        email: e.CRM_EMAIL,
        apiToken: e.CRM_API_TOKEN,
        timeoutMs: e.CRM_TIMEOUT_MS,
      },
      connections: e.UPSTREAM_CONNECTIONS,
    },
    simulatorPorts: { erp: e.SIM_ERP_PORT, wms: e.SIM_WMS_PORT, crm: e.SIM_CRM_PORT },
    jwt: {
      secret: e.JWT_SECRET ?? (embedded && !e.JWT_JWKS_URL ? EMBEDDED_JWT_SECRET : null),
      jwksUrl: e.JWT_JWKS_URL ?? null,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
    },
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    store: { databaseUrl: e.DATABASE_URL ?? null, sqlitePath: join(e.DATA_DIR, 'orderlens.sqlite') },
    redisUrl: e.REDIS_URL ?? null,
    rules: {
      releaseHours: e.RULE_RELEASE_HOURS,
      firstScanHours: e.RULE_FIRST_SCAN_HOURS,
      creditHours: e.RULE_CREDIT_HOURS,
      driftMinutes: e.RULE_DRIFT_MINUTES,
    },
    webhookSecrets: {
      wms: e.WEBHOOK_SECRET_WMS ?? EMBEDDED_WEBHOOK_SECRETS.wms,
      easypost: e.WEBHOOK_SECRET_EASYPOST ?? EMBEDDED_WEBHOOK_SECRETS.easypost,
      aftership: e.WEBHOOK_SECRET_AFTERSHIP ?? EMBEDDED_WEBHOOK_SECRETS.aftership,
      zendesk: e.WEBHOOK_SECRET_ZENDESK ?? EMBEDDED_WEBHOOK_SECRETS.zendesk,
      cloudevents: e.WEBHOOK_SECRET_CLOUDEVENTS ?? EMBEDDED_WEBHOOK_SECRETS.cloudevents,
    },
  };
}
