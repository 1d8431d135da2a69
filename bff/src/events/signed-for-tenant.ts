import type { WebhookSource } from './webhook-source.js';

/**
 * Whether a verified body belongs to the URL's tenant, where its format says so: a WMS envelope
 * names its `account`. Several tenants on one WMS may share its signing secret, so the signature
 * alone would let one tenant's captured event be replayed at another's URL. A body that does not
 * parse is left to the later steps, which answer it with their own reason.
 *
 * @example if (!signedForTenant('wms', raw, { wmsAccount: 'acme-eu' })) return 401;
 */
export function signedForTenant(
  source: WebhookSource,
  raw: Uint8Array,
  tenant: { wmsAccount: string },
): boolean {
  if (source !== 'wms') return true;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
  } catch {
    return true;
  }
  const account =
    typeof body === 'object' && body !== null ? (body as { account?: unknown }).account : undefined;
  return typeof account !== 'string' || account === tenant.wmsAccount;
}
