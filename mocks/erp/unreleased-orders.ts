import { BadRequest, type RouteContext } from '../shared/business-route.js';
import { intParam } from '../shared/params.js';
import { json } from '../shared/system-errors.js';
import type { TenantId } from '../world/tenants.js';
import type { ErpData, UnreleasedOrder } from './data.js';
import { expandsOf, withExpands } from './expand.js';
import { parseErpTimestamp } from './format.js';

// A position in the list's own order, not an offset: an order released or cancelled between two
// pages leaves the list without shifting the next page, so a reader that pages slowly misses nothing.
const encodeCursor = (o: UnreleasedOrder) => Buffer.from(`u:${o.changed}:${o.orderNo}`).toString('base64url');

function decodeCursor(raw: string | null): UnreleasedOrder | null {
  if (!raw) return null;
  const match = /^u:(\d+):(SO-\d{7})$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!match) throw new BadRequest('invalid cursor', 'cursor');
  return { changed: Number(match[1]), orderNo: match[2]! };
}

const isAfter = (o: UnreleasedOrder, from: UnreleasedOrder) =>
  o.changed > from.changed || (o.changed === from.changed && o.orderNo > from.orderNo);

/**
 * `GET /api/v1/sales-orders/unreleased`: confirmed orders the ERP has not released to the
 * warehouse, whose status last changed before `changed_before`, oldest first, a page at a time.
 *
 * @example route('get', '/api/v1/sales-orders/unreleased', unreleasedOrders(data))
 */
export function unreleasedOrders(data: ErpData) {
  return ({ url, tenant }: RouteContext<TenantId>): Response => {
    const raw = url.searchParams.get('changed_before');
    if (!raw) throw new BadRequest('changed_before is required', 'changed_before');
    const before = parseErpTimestamp(raw);
    if (before === null)
      throw new BadRequest('changed_before must be a timestamp YYYYMMDDHHmmss', 'changed_before');
    const limit = intParam(url, 'limit', { min: 1, max: 50, fallback: 20 });
    const from = decodeCursor(url.searchParams.get('cursor'));
    const expand = expandsOf(url);
    const due = data.unreleased(tenant).filter((o) => o.changed < before && (!from || isAfter(o, from)));
    const page = due.slice(0, limit);
    return json({
      items: page.map((o) => withExpands(data.order(tenant, o.orderNo)!, expand)),
      next_cursor: due.length > limit ? encodeCursor(page.at(-1)!) : null,
    });
  };
}
