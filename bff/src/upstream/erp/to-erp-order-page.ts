import type { ErpOrder, Page } from '../../domain/model.js';
import { settle } from '../chunk.js';
import { toErpOrder } from './erp-mapper.js';
import type { ErpOrderPageResponse } from './erp-wire.js';

/**
 * Maps one page of ERP sales orders. A page has no per-item error slot, so an order that does not
 * map is left out; the cursor still moves past it.
 *
 * @example toErpOrderPage({ items: [wire], next_cursor: 'c2' }, 'acme') // { items: [order], next: 'c2' }
 */
export function toErpOrderPage(wire: ErpOrderPageResponse, tenant: string): Page<ErpOrder> {
  const items = wire.items.map((item) => settle(() => toErpOrder(item, tenant)));
  return {
    items: items.filter((i): i is ErpOrder => !(i instanceof Error)),
    next: wire.next_cursor ?? null,
  };
}
