import { describe, expect, it } from 'vitest';
import { EMBEDDED_WEBHOOK_SECRETS, EnvError, readEnv } from './env.js';

const REAL_UPSTREAMS = {
  ERP_URL: 'https://erp.example.com',
  WMS_URL: 'https://wms.example.com',
  CRM_URL: 'https://acme.zendesk.com',
  JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
};
const ALL_SECRETS = {
  WEBHOOK_SECRET_WMS: 'w',
  WEBHOOK_SECRET_EASYPOST: 'e',
  WEBHOOK_SECRET_AFTERSHIP: 'a',
  WEBHOOK_SECRET_ZENDESK: 'z',
  WEBHOOK_SECRET_CLOUDEVENTS: 'c',
};

describe('readEnv webhook secrets', () => {
  it('uses the embedded secrets when running on the simulators', () => {
    expect(readEnv({}).webhookSecrets).toEqual(EMBEDDED_WEBHOOK_SECRETS);
  });

  it('takes each secret from its variable', () => {
    expect(readEnv({ ...REAL_UPSTREAMS, ...ALL_SECRETS }).webhookSecrets).toEqual({
      wms: 'w',
      easypost: 'e',
      aftership: 'a',
      zendesk: 'z',
      cloudevents: 'c',
    });
  });

  it('requires every secret with real upstreams, naming the missing variable', () => {
    const { WEBHOOK_SECRET_ZENDESK: _omitted, ...rest } = ALL_SECRETS;
    expect(() => readEnv({ ...REAL_UPSTREAMS, ...rest })).toThrow(EnvError);
    expect(() => readEnv({ ...REAL_UPSTREAMS, ...rest })).toThrow(
      /WEBHOOK_SECRET_ZENDESK: required with real upstreams/,
    );
  });

  it('refuses an empty secret', () => {
    expect(() => readEnv({ WEBHOOK_SECRET_WMS: '' })).toThrow(/WEBHOOK_SECRET_WMS/);
  });
});
