import { describe, expect, it } from 'vitest';
import { signedForTenant } from './signed-for-tenant.js';

const ACME = { wmsAccount: 'acme-eu' };

describe('signedForTenant', () => {
  it('accepts a WMS envelope naming the tenant’s account', () => {
    expect(signedForTenant('wms', { id: 'w1', account: 'acme-eu' }, ACME)).toBe(true);
  });

  it('refuses a WMS envelope naming another tenant’s account', () => {
    expect(signedForTenant('wms', { id: 'w1', account: 'globex-us' }, ACME)).toBe(false);
  });

  it('refuses an account that is not the tenant’s, whatever its type', () => {
    expect(signedForTenant('wms', { id: 'w1', account: null }, ACME)).toBe(false);
    expect(signedForTenant('wms', { id: 'w1', account: ['acme-eu'] }, ACME)).toBe(false);
  });

  it('lets a WMS body that names no account go on to the dead letters (nothing signed is lost)', () => {
    expect(signedForTenant('wms', { id: 'w1' }, ACME)).toBe(true);
    expect(signedForTenant('wms', [{ account: 'acme-eu' }], ACME)).toBe(true);
    expect(signedForTenant('wms', undefined, ACME)).toBe(true); // not JSON
  });

  it('leaves formats that carry no account to their per-tenant secret', () => {
    for (const source of ['easypost', 'aftership', 'zendesk', 'cloudevents'] as const)
      expect(signedForTenant(source, { id: 'x' }, ACME)).toBe(true);
  });
});
