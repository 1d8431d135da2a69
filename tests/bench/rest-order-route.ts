import { Hono } from 'hono';
import type { TokenVerifier } from '../../bff/src/auth/verify-token.js';
import { mergeOrderStatus } from '../../bff/src/domain/merge-order-status.js';
import type { Case, ErpOrder, SystemStatus, WmsOrder } from '../../bff/src/domain/model.js';
import type { Upstreams } from '../../bff/src/domain/ports.js';
import { sumMoney } from '../../bff/src/domain/sum-money.js';
import { carrierStatus } from '../../bff/src/graphql/resolvers/carrier-status.js';

/**
 * B4's baseline, bench-only: `GET /rest/orders/:number` answers the order 360 query's JSON
 * (`{ data: { order } }`, the fields of `ORDER_360`) from the same upstream clients, assembled by
 * hand with no GraphQL. It authenticates the same way /graphql does, so the difference B4 measures is
 * GraphQL's parse, validate, execute and serialise, not the token check.
 * @example app.route('/', createRestOrderRoute({ upstreams: upstreams.clients, verifyToken }));
 */
export function createRestOrderRoute(deps: { upstreams: Upstreams; verifyToken: TokenVerifier }): Hono {
  const { erp, wms, crm } = deps.upstreams;
  return new Hono().get('/rest/orders/:number', async (c) => {
    let tenant: string;
    try {
      tenant = (await deps.verifyToken(c.req.header('authorization'))).tenant;
    } catch {
      return c.json({ error: 'unauthenticated' }, 401);
    }
    const number = c.req.param('number');
    try {
      const [[order], [wmsOrder], [cases]] = await Promise.all([
        erp.ordersByNumbers(tenant, [number]),
        wms.ordersByNumbers(tenant, [number]),
        crm.casesByOrderNumbers(tenant, [number]),
      ]);
      if (!order || order instanceof Error || order.tenant !== tenant)
        return c.json({ data: { order: null } });
      return c.json({ data: { order: order360(order, ok(wmsOrder), ok(cases)) } });
    } catch {
      return c.json({ error: 'upstream failed' }, 502);
    }
  });
}

function ok<T>(value: T | Error | null | undefined): T | null {
  if (value instanceof Error) throw value;
  return value ?? null;
}

/** The same fields, in the same form, as the GraphQL resolvers give `ORDER_360`. */
function order360(order: ErpOrder, wms: WmsOrder | null, cases: Case[] | null) {
  const quantity = (lineNumber: number, field: 'allocated' | 'picked' | 'shipped' | 'backordered') =>
    wms?.lines.find((l) => l.lineNumber === lineNumber)?.[field] ?? 0;
  return {
    id: order.number,
    status: mergeOrderStatus(order.status, wms?.status ?? null),
    systemStatuses: systemStatuses(order, wms, cases),
    customer: { name: order.customer.name, tier: order.customer.tier },
    lines: order.lines.map((l) => ({
      lineNumber: l.lineNumber,
      sku: l.sku,
      description: l.description,
      quantities: {
        ordered: l.ordered,
        allocated: quantity(l.lineNumber, 'allocated'),
        picked: quantity(l.lineNumber, 'picked'),
        shipped: quantity(l.lineNumber, 'shipped'),
        backordered: quantity(l.lineNumber, 'backordered'),
        returned: l.returned,
        refunded: l.refunded,
      },
    })),
    totals: {
      total: order.totals.total,
      refunded: sumMoney(
        order.refunds.filter((r) => r.status === 'COMPLETED').map((r) => r.amount),
        order.totals.total.currency,
      ),
    },
    shipments: (wms?.shipments ?? []).map((s) => ({
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      status: s.status,
      eta: s.eta,
      milestones: s.milestones.map((m) => ({
        at: m.at,
        status: m.status,
        description: m.description,
        location: m.location,
      })),
    })),
    returns: order.returns.map((r) => ({
      rmaNumber: r.rmaNumber,
      status: r.status,
      lines: r.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, reason: l.reason })),
    })),
    refunds: order.refunds.map((r) => ({ kind: r.kind, status: r.status, amount: r.amount })),
    cases: (cases ?? []).map((c) => ({ id: c.id, subject: c.subject, status: c.status, url: c.url })),
  };
}

function systemStatuses(order: ErpOrder, wms: WmsOrder | null, cases: Case[] | null): SystemStatus[] {
  const statuses: SystemStatus[] = [
    { system: 'ERP', nativeStatus: order.nativeStatus, status: order.status, asOf: order.statusAsOf },
  ];
  if (wms) {
    statuses.push({
      system: 'WMS',
      nativeStatus: wms.nativeStatus,
      status: wms.status,
      asOf: wms.statusAsOf,
    });
    const carrier = carrierStatus(wms.shipments);
    if (carrier) statuses.push(carrier);
  }
  const latest = cases?.reduce((a, b) => (a.updatedAt >= b.updatedAt ? a : b), cases[0]!);
  if (latest) {
    statuses.push({
      system: 'CRM',
      nativeStatus: latest.status.toLowerCase(),
      status: null,
      asOf: latest.updatedAt,
    });
  }
  return statuses;
}
