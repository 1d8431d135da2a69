import type { WebhookSource } from './webhook-source.js';

/**
 * Whether a verified body belongs to the URL's tenant, where its format says so: a WMS envelope
 * names its `account`, and it must be the tenant's. Several tenants on one WMS may share its signing
 * secret (the tenants file allows that for the WMS alone), so the signature alone would let one
 * tenant's captured event be replayed at another's URL: a body naming another account is refused.
 * A body that names none (not JSON, no `account`) is this WMS's own mistake, not a replay — every
 * envelope the WMS sends names its account — so it goes on to the dead letters like any verified
 * body that cannot become an event: nothing signed is lost.
 *
 * @example if (!signedForTenant('wms', JSON.parse(text), { wmsAccount: 'acme-eu' })) throw new UnauthenticatedError();
 */
export function signedForTenant(
  source: WebhookSource,
  /** The verified body as parsed JSON (undefined when it is not JSON). */
  body: unknown,
  tenant: { wmsAccount: string },
): boolean {
  if (source !== 'wms') return true;
  const account =
    typeof body === 'object' && body !== null ? (body as { account?: unknown }).account : undefined;
  return account === undefined || account === tenant.wmsAccount;
}
