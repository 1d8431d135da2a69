import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().min(1).max(120_000);
const optionalUrl = z.string().url().optional();

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
    SIM_ERP_PORT: port.default(4101),
    SIM_WMS_PORT: port.default(4102),
    SIM_CRM_PORT: port.default(4103),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: optionalUrl,
    JWT_ISSUER: z.string().min(1).default('orderlens'),
    JWT_AUDIENCE: z.string().min(1).default('orderlens-bff'),
    ALLOWED_ORIGINS: z.string().default(''),
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
  };
  simulatorPorts: { erp: number; wms: number; crm: number };
  jwt: { secret: string | null; jwksUrl: string | null; issuer: string; audience: string };
  allowedOrigins: string[];
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
  };
}
