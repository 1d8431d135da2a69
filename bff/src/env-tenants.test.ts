import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_THRESHOLDS } from './domain/exception-engine.js';
import { EnvError, readEnv } from './env.js';

const REAL_UPSTREAMS = {
  ERP_URL: 'https://erp.example.com',
  WMS_URL: 'https://wms.example.com',
  CRM_URL: 'https://acme.zendesk.com',
  JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
};
const SOURCES = ['wms', 'easypost', 'aftership', 'zendesk', 'cloudevents'] as const;

const dir = mkdtempSync(join(tmpdir(), 'orderlens-tenants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** A valid tenant entry; `overrides` replace whole top-level fields. */
function tenant(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `${id} Ltd`,
    erp: { company: id.toUpperCase() },
    wms: { account: `${id}-wh` },
    helpdesk: { subdomain: id, orderNumberFieldId: 111, customerNumberFieldId: 222 },
    webhookSecrets: Object.fromEntries(SOURCES.map((s) => [s, `\${${id.toUpperCase()}_${s.toUpperCase()}}`])),
    currency: 'GBP',
    locale: 'en-GB',
    ...overrides,
  };
}
/** Each tenant's own secrets by default; the same `value` for two tenants makes them shared. */
const secretsOf = (id: string, value = `sekret-${id}`) =>
  Object.fromEntries(SOURCES.map((s) => [`${id.toUpperCase()}_${s.toUpperCase()}`, `${value}-${s}`]));

function writeTenants(content: unknown, ext = 'yaml'): string {
  const path = join(dir, `tenants-${++files}.${ext}`);
  writeFileSync(
    path,
    typeof content === 'string' ? content : ext === 'json' ? JSON.stringify(content) : stringify(content),
  );
  return path;
}

describe('readEnv tenants', () => {
  it('serves the demo tenants from the shipped default, each with its own webhook secrets', () => {
    const { tenants } = readEnv({});
    expect(Object.keys(tenants)).toEqual(['acme', 'globex']);
    const acme = tenants['acme']!;
    const globex = tenants['globex']!;
    expect(acme).toMatchObject({
      erp: { company: 'ACME' },
      wms: { account: 'acme-eu' },
      helpdesk: { subdomain: 'acme', orderNumberFieldId: 360001234567, customerNumberFieldId: null },
      currency: 'EUR',
      rules: DEFAULT_THRESHOLDS,
    });
    expect(globex).toMatchObject({
      erp: { company: 'GLOBEX' },
      wms: { account: 'globex-us' },
      currency: 'USD',
    });
    for (const source of SOURCES) expect(acme.webhookSecrets[source]).not.toBe(globex.webhookSecrets[source]);
  });

  it('reads a YAML or JSON file from TENANTS_FILE, resolving ${NAME} from the environment', () => {
    for (const ext of ['yaml', 'json']) {
      const path = writeTenants({ tenants: [tenant('initech')] }, ext);
      const config = readEnv({ TENANTS_FILE: path, ...secretsOf('initech') }).tenants['initech']!;
      expect(config.webhookSecrets).toEqual({
        wms: 'sekret-initech-wms',
        easypost: 'sekret-initech-easypost',
        aftership: 'sekret-initech-aftership',
        zendesk: 'sekret-initech-zendesk',
        cloudevents: 'sekret-initech-cloudevents',
      });
      expect(config.helpdesk).toEqual({
        subdomain: 'initech',
        orderNumberFieldId: 111,
        customerNumberFieldId: 222,
      });
    }
  });

  it('stops naming the variable and the tenant when a referenced variable is not set', () => {
    const path = writeTenants({ tenants: [tenant('initech')] });
    const { INITECH_ZENDESK: _unset, ...rest } = secretsOf('initech');
    expect(() => readEnv({ TENANTS_FILE: path, ...rest })).toThrow(EnvError);
    expect(() => readEnv({ TENANTS_FILE: path, ...rest })).toThrow(
      /tenant "initech": webhookSecrets\.zendesk: references \$\{INITECH_ZENDESK\}, which is not set/,
    );
  });

  it('refuses to start real upstreams on the embedded fallback secrets', () => {
    expect(() => readEnv(REAL_UPSTREAMS)).toThrow(
      /tenant "acme": webhookSecrets\.wms: references \$\{WEBHOOK_SECRET_WMS_ACME\}/,
    );
    const real = Object.fromEntries(
      ['ACME', 'GLOBEX'].flatMap((t) =>
        SOURCES.map((s) => [`WEBHOOK_SECRET_${s.toUpperCase()}_${t}`, `real-secret-${t}-${s}`]),
      ),
    );
    expect(readEnv({ ...REAL_UPSTREAMS, ...real }).tenants['globex']!.webhookSecrets.easypost).toBe(
      'real-secret-GLOBEX-easypost',
    );
  });

  it('refuses a secret one tenant shares with another for any source but the WMS, naming both', () => {
    const path = writeTenants({ tenants: [tenant('initech'), tenant('hooli')] });
    const shared = { ...secretsOf('initech', 'shared'), ...secretsOf('hooli', 'shared') };
    let message = '';
    try {
      readEnv({ TENANTS_FILE: path, ...shared });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const source of ['easypost', 'aftership', 'zendesk', 'cloudevents']) {
      expect(message).toContain(
        `tenant "hooli": webhookSecrets.${source}: is the same secret as tenant "initech"'s`,
      );
    }
    expect(message).not.toMatch(/webhookSecrets\.wms/);
    expect(message).not.toMatch(/tenant "initech": webhookSecrets/);
  });

  it('refuses a repeated secret however it is written (a literal and a ${NAME} alike)', () => {
    const literal = { ...tenant('hooli').webhookSecrets, aftership: 'sekret-initech-aftership' };
    const path = writeTenants({ tenants: [tenant('initech'), tenant('hooli', { webhookSecrets: literal })] });
    expect(() => readEnv({ TENANTS_FILE: path, ...secretsOf('initech'), ...secretsOf('hooli') })).toThrow(
      /tenant "hooli": webhookSecrets\.aftership: is the same secret as tenant "initech"'s/,
    );
  });

  it('lets tenants share the WMS secret, whose envelope names the account', () => {
    const path = writeTenants({ tenants: [tenant('initech'), tenant('hooli')] });
    const env = readEnv({
      TENANTS_FILE: path,
      ...secretsOf('initech'),
      ...secretsOf('hooli'),
      HOOLI_WMS: 'sekret-initech-wms',
    });
    expect(env.tenants['hooli']!.webhookSecrets.wms).toBe(env.tenants['initech']!.webhookSecrets.wms);
  });

  it('refuses a secret shorter than 16 characters with real upstreams only', () => {
    const path = writeTenants({ tenants: [tenant('initech')] });
    const short = { ...secretsOf('initech', 'long-enough-secret'), INITECH_EASYPOST: 'fifteen-chars!!' };
    expect(() => readEnv({ ...REAL_UPSTREAMS, TENANTS_FILE: path, ...short })).toThrow(
      /tenant "initech": webhookSecrets\.easypost: must be at least 16 characters/,
    );
    const sixteen = { ...short, INITECH_EASYPOST: 'sixteen-chars!!!' };
    expect(readEnv({ ...REAL_UPSTREAMS, TENANTS_FILE: path, ...sixteen }).tenants['initech']).toBeDefined();
    expect(readEnv({ TENANTS_FILE: path, ...short }).tenants['initech']!.webhookSecrets.easypost).toBe(
      'fifteen-chars!!',
    );
  });

  it('stops naming the tenant and the field for a bad value, an unknown field or a repeated id', () => {
    const bad =
      (entry: Record<string, unknown>, more: Record<string, unknown>[] = []) =>
      () =>
        readEnv({
          TENANTS_FILE: writeTenants({ tenants: [tenant('acme'), entry, ...more] }),
          ...secretsOf('acme'),
        });
    expect(bad(tenant('globex', { helpdesk: { subdomain: 'globex', orderNumberFieldId: 'x' } }))).toThrow(
      /TENANTS_FILE \(.*\): tenant "globex": helpdesk\.orderNumberFieldId: Expected number/,
    );
    expect(bad(tenant('globex', { currency: 'euro' }))).toThrow(
      /tenant "globex": currency: must be an ISO 4217/,
    );
    expect(bad(tenant('globex', { wmsAccount: 'x' }))).toThrow(
      /tenant "globex": \(tenant\): Unrecognized key.*wmsAccount/,
    );
    expect(bad(tenant('globex', { erp: {} }))).toThrow(/tenant "globex": erp\.company: Required/);
    expect(bad(tenant('acme'))).toThrow(/tenant "acme": id: "acme" is listed twice/);
  });

  it('applies a tenant’s rule overrides over the global RULE_* thresholds', () => {
    const path = writeTenants({
      tenants: [tenant('initech', { rules: { creditHours: 24 } }), tenant('hooli')],
    });
    const env = readEnv({
      TENANTS_FILE: path,
      RULE_RELEASE_HOURS: '12',
      ...secretsOf('initech'),
      ...secretsOf('hooli'),
    });
    expect(env.tenants['initech']!.rules).toEqual({
      ...DEFAULT_THRESHOLDS,
      releaseHours: 12,
      creditHours: 24,
    });
    expect(env.tenants['hooli']!.rules).toEqual({ ...DEFAULT_THRESHOLDS, releaseHours: 12 });
    expect(() =>
      readEnv({
        TENANTS_FILE: writeTenants({ tenants: [tenant('initech', { rules: { creditHours: 0 } })] }),
        ...secretsOf('initech'),
      }),
    ).toThrow(/tenant "initech": rules\.creditHours/);
  });

  it('validates money limits per role', () => {
    const withLimits = (maxRefund: unknown) =>
      readEnv({
        TENANTS_FILE: writeTenants({ tenants: [tenant('initech', { limits: { maxRefund } })] }),
        ...secretsOf('initech'),
      });
    expect(withLimits({ agent: '250.00' }).tenants['initech']!.limits).toEqual({
      maxRefund: { agent: '250.00' },
    });
    expect(() => withLimits({ agent: 250 })).toThrow(/tenant "initech": limits\.maxRefund\.agent/);
    expect(() => withLimits({ janitor: '1.00' })).toThrow(/tenant "initech": limits\.maxRefund\.janitor/);
  });

  it('stops when the file cannot be read or parsed, or lists no tenant', () => {
    expect(() => readEnv({ TENANTS_FILE: join(dir, 'missing.yaml') })).toThrow(
      /TENANTS_FILE \(.*missing\.yaml\): cannot be read/,
    );
    expect(() => readEnv({ TENANTS_FILE: writeTenants('tenants: [unclosed') })).toThrow(
      /TENANTS_FILE .*cannot be read/,
    );
    expect(() => readEnv({ TENANTS_FILE: writeTenants({ tenants: [] }) })).toThrow(
      /tenants: must list at least one tenant/,
    );
  });
});
