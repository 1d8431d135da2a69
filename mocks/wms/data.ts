import type { Tenant, TenantId } from '../world/tenants.js';
import type { WorldOrder } from '../world/types.js';
import { getWorld, type World } from '../world/world.js';
import { clientOrderRef, toWmsOrder } from './project.js';
import type { WmsQueryKey, WmsWireOrder } from './wire.js';

export interface WmsData {
  tenantByAccount(account: string): Tenant | undefined;
  /** The WMS order the value identifies in that account, if any. */
  find(tenant: TenantId, key: WmsQueryKey, value: string): WmsWireOrder | undefined;
}

/**
 * The WMS's tables: released orders only, indexed by client order ref, WMS ref and tracking number.
 *
 * @example
 * createWmsData().find('acme', 'order_refs', 'WO-DE1-004812');
 */
export function createWmsData(world: World = getWorld()): WmsData {
  const index = new Map<string, WorldOrder>();
  const projected = new Map<WorldOrder, WmsWireOrder>();
  for (const o of world.orders) {
    if (!o.wms) continue;
    index.set(`${o.tenant}|client_order_refs|${clientOrderRef(o.number)}`, o);
    index.set(`${o.tenant}|order_refs|${o.wms.ref}`, o);
    for (const s of o.wms.shipments)
      if (s.trackingNumber) index.set(`${o.tenant}|tracking_numbers|${s.trackingNumber}`, o);
  }
  return {
    tenantByAccount: (account) => world.tenants.find((t) => t.wmsAccount === account),
    find(tenant, key, value) {
      const o =
        index.get(`${tenant}|${key}|${value.trim().toUpperCase()}`) ??
        index.get(`${tenant}|${key}|${value.trim()}`);
      if (!o?.wms) return undefined;
      let wire = projected.get(o);
      if (!wire) {
        wire = toWmsOrder(o, o.wms);
        projected.set(o, wire);
      }
      return wire;
    },
  };
}
