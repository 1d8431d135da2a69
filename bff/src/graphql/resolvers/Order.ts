import { mergeOrderStatus } from '../../domain/merge-order-status.js';
import type { SystemStatus, TimelineEvent } from '../../domain/model.js';
import { fromSystem, unlessFailed } from '../from-system.js';
import type { OrderResolvers } from '../generated/resolvers.js';
import { carrierStatus } from './carrier-status.js';

export const Order: OrderResolvers = {
  id: (order) => order.number,
  references: (order) => order,
  status: async (order, _, ctx) => {
    const wms = await unlessFailed(ctx.loaders.wmsOrder.load(order.number));
    return mergeOrderStatus(order.status, wms?.status ?? null);
  },
  systemStatuses: async (order, _, ctx) => {
    const [wms, cases] = await Promise.all([
      unlessFailed(ctx.loaders.wmsOrder.load(order.number)),
      unlessFailed(ctx.loaders.casesByOrder.load(order.number)),
    ]);
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
    const latestCase = cases?.reduce((a, b) => (a.updatedAt >= b.updatedAt ? a : b), cases[0]!);
    if (latestCase) {
      statuses.push({
        system: 'CRM',
        nativeStatus: latestCase.status.toLowerCase(),
        status: null,
        asOf: latestCase.updatedAt,
      });
    }
    return statuses;
  },
  lines: (order) => order.lines.map((line) => ({ ...line, orderNumber: order.number })),
  totals: (order) => order,
  shipments: async (order, _, ctx) => {
    const wms = await fromSystem(ctx, ctx.loaders.wmsOrder.load(order.number));
    return wms?.shipments ?? (wms === null && ctx.reportedFailures.has('WMS') ? null : []);
  },
  returns: (order) => order.returns,
  refunds: (order) => order.refunds,
  cases: (order, _, ctx) => fromSystem(ctx, ctx.loaders.casesByOrder.load(order.number)),
  exceptions: (order, _, ctx) => ctx.loaders.exceptionsByOrder.load(order.number),
  timeline: async (order, _, ctx) => {
    const [wms, cases] = await Promise.all([
      unlessFailed(ctx.loaders.wmsOrder.load(order.number)),
      unlessFailed(ctx.loaders.casesByOrder.load(order.number)),
    ]);
    const events: TimelineEvent[] = [...order.timeline, ...(wms?.timeline ?? [])];
    for (const c of cases ?? []) {
      events.push({
        at: c.createdAt,
        system: 'CRM',
        kind: 'case.created',
        summary: `Case #${c.id} opened: ${c.subject}`,
      });
    }
    return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  },
};
