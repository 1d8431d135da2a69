import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type RuleThresholds } from './domain/exception-engine.js';
import { DEFAULT_TENANTS_FILE, readTenants } from './tenants/read-tenants.js';
import type { Tenants } from './tenants/tenant-config.js';

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().min(1).max(120_000);
const optionalUrl = z.string().url().optional();
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
    TENANTS_FILE: z.string().min(1).optional(),
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
    if (urls === 3 && !env.JWT_JWKS_URL && !env.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_JWKS_URL'],
        message: 'required with real upstreams (or JWT_SECRET for a shared secret)',
      });
    }
  });

/** The shortest webhook secret accepted with real upstreams. */
const MIN_REAL_SECRET_LENGTH = 16;

/** The embedded default's signing secret; only used when no upstream URLs are configured. */
const EMBEDDED_JWT_SECRET = 'orderlens-embedded-default-secret-not-for-production';

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
  /** The global rule thresholds (RULE_* variables); each tenant's `rules` start from these. */
  rules: RuleThresholds;
  /**
   * The tenants file (`TENANTS_FILE`, else the demo tenants of `bff/tenants.default.yaml`): accounts,
   * field ids, webhook secrets, thresholds and limits per tenant. Its keys are the tenants served.
   */
  tenants: Tenants;
}

/** A setting is wrong; the message names the variable. */
export class EnvError extends Error {}

/**
 * Reads and validates the environment: the process's own, or the settings a test gives.
 * @example const env = readEnv(); // throws EnvError naming the bad variable
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = !e.ERP_URL;
  const rules: RuleThresholds = {
    releaseHours: e.RULE_RELEASE_HOURS,
    firstScanHours: e.RULE_FIRST_SCAN_HOURS,
    creditHours: e.RULE_CREDIT_HOURS,
    driftMinutes: e.RULE_DRIFT_MINUTES,
  };
  const tenantsFile = e.TENANTS_FILE ?? DEFAULT_TENANTS_FILE;
  // Real senders sign with real secrets: the file's embedded fallbacks apply only on the simulators,
  // and a secret short enough to guess offline from one captured webhook stops the process.
  const read = readTenants(tenantsFile, {
    variables: source,
    rules,
    fallbacks: embedded,
    minSecretLength: embedded ? undefined : MIN_REAL_SECRET_LENGTH,
  });
  if (read.tenants === null) {
    const lines = read.problems.map((p) => `  TENANTS_FILE (${tenantsFile}): ${p}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
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
    rules,
    tenants: read.tenants,
  };
}
