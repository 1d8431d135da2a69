import type { Customer } from '../world/customers.js';
import type { Tenant, TenantId } from '../world/tenants.js';
import type { WorldOrder } from '../world/types.js';
import { getWorld, type World } from '../world/world.js';
import { toSalesOrder } from './project.js';
import type { ErpSalesOrder } from './wire.js';

export type ErpLookupKind = 'channel_ref' | 'customer_po' | 'rma';

export interface ErpData {
  tenantByCompany(code: string): Tenant | undefined;
  /** The order if it exists in that tenant's company. */
  order(tenant: TenantId, orderNo: string): Required<ErpSalesOrder> | undefined;
  lookup(tenant: TenantId, kind: ErpLookupKind, value: string): string[];
  /** Order numbers, newest first. */
  ordersOfCustomers(
    tenant: TenantId,
    filter: { email?: string; phone?: string; name?: string; customerNo?: string },
  ): string[];
  /**
   * Orders confirmed (`OPEN`) but not released to the warehouse, oldest status change first, ties
   * by number: the order the unreleased list pages in.
   */
  unreleased(tenant: TenantId): readonly UnreleasedOrder[];
}

export interface UnreleasedOrder {
  orderNo: string;
  /** `status_changed`, epoch ms. */
  changed: number;
}

const norm = (v: string) => v.trim().toUpperCase();
const digitsOf = (v: string) => v.replace(/\D/g, '');

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The ERP's tables: the world projected into ERP shapes, indexed by every key the API looks up.
 * Orders are projected on first read and kept, so startup stays cheap.
 *
 * @example
 * const erp = createErpData();
 * erp.order('acme', 'SO-1000001');
 */
export function createErpData(world: World = getWorld()): ErpData {
  const byNumber = new Map<string, WorldOrder>(world.orderByNumber);
  const projected = new Map<string, Required<ErpSalesOrder>>();
  const lookups = new Map<string, string[]>();
  const byCustomer = new Map<string, string[]>();
  const tenants = new Map(world.tenants.map((t) => [t.id, t]));
  // Newest first, so each customer's list is already in answer order.
  for (let i = world.orders.length - 1; i >= 0; i--) {
    const o = world.orders[i]!;
    if (o.channelRef) push(lookups, `${o.tenant}|channel_ref|${norm(o.channelRef)}`, o.number);
    if (o.customerPo) push(lookups, `${o.tenant}|customer_po|${norm(o.customerPo)}`, o.number);
    for (const r of o.returns) push(lookups, `${o.tenant}|rma|${norm(r.rma)}`, o.number);
    push(byCustomer, `${o.tenant}|${o.customer.number}`, o.number);
  }
  const unreleased = new Map<string, UnreleasedOrder[]>();
  for (const o of world.orders)
    if (o.erpStatus === 'OPEN') push(unreleased, o.tenant, { orderNo: o.number, changed: o.statusChanged });
  for (const list of unreleased.values())
    list.sort((a, b) => a.changed - b.changed || (a.orderNo < b.orderNo ? -1 : 1));
  for (const list of byCustomer.values())
    list.sort((a, b) => byNumber.get(b)!.created - byNumber.get(a)!.created);
  const byEmail = new Map<string, Customer[]>();
  const byPhone = new Map<string, Customer[]>();
  for (const [tenant, customers] of Object.entries(world.customers)) {
    for (const c of customers) {
      if (c.email) push(byEmail, `${tenant}|${c.email.toLowerCase()}`, c);
      if (c.phone) push(byPhone, `${tenant}|${digitsOf(c.phone)}`, c);
    }
  }

  const ordersOf = (tenant: TenantId, customers: readonly Customer[]): string[] => {
    if (customers.length === 1) return byCustomer.get(`${tenant}|${customers[0]!.number}`) ?? [];
    const all = customers.flatMap((c) => byCustomer.get(`${tenant}|${c.number}`) ?? []);
    return all.sort((a, b) => byNumber.get(b)!.created - byNumber.get(a)!.created);
  };

  return {
    tenantByCompany: (code) => world.tenants.find((t) => t.companyCode === code),
    order(tenant, orderNo) {
      const o = byNumber.get(orderNo);
      if (!o || o.tenant !== tenant) return undefined;
      let wire = projected.get(orderNo);
      if (!wire) {
        wire = toSalesOrder(o, tenants.get(o.tenant)!);
        projected.set(orderNo, wire);
      }
      return wire;
    },
    unreleased: (tenant) => unreleased.get(tenant) ?? [],
    lookup: (tenant, kind, value) => lookups.get(`${tenant}|${kind}|${norm(value)}`) ?? [],
    ordersOfCustomers(tenant, filter) {
      if (filter.customerNo !== undefined)
        return byCustomer.get(`${tenant}|${filter.customerNo.trim().toUpperCase()}`) ?? [];
      if (filter.email !== undefined)
        return ordersOf(tenant, byEmail.get(`${tenant}|${filter.email.trim().toLowerCase()}`) ?? []);
      if (filter.phone !== undefined)
        return ordersOf(tenant, byPhone.get(`${tenant}|${digitsOf(filter.phone)}`) ?? []);
      const needle = (filter.name ?? '').trim().toLowerCase();
      return ordersOf(
        tenant,
        world.customers[tenant].filter((c) => c.name.toLowerCase().includes(needle)),
      );
    },
  };
}
