import { sumMoney } from '../../domain/sum-money.js';
import type { GraphQLContext } from '../context.js';
import { fromSystem } from '../from-system.js';
import type {
  LineQuantitiesResolvers,
  OrderLineResolvers,
  OrderReferencesResolvers,
  OrderTotalsResolvers,
} from '../generated/resolvers.js';

export const OrderReferences: OrderReferencesResolvers = {
  erpOrderNumber: (order) => order.number,
  wmsReference: async (order, _, ctx) =>
    (await fromSystem(ctx, ctx.loaders.wmsOrder.load(order.number)))?.wmsReference ?? null,
  channelReference: (order) => order.channelReference,
  channel: (order) => order.channel,
  customerPo: (order) => order.customerPo,
};

export const OrderTotals: OrderTotalsResolvers = {
  subtotal: (order) => order.totals.subtotal,
  shipping: (order) => order.totals.shipping,
  tax: (order) => order.totals.tax,
  total: (order) => order.totals.total,
  refunded: (order) =>
    sumMoney(
      order.refunds.filter((r) => r.status === 'COMPLETED').map((r) => r.amount),
      order.totals.total.currency,
    ),
};

export const OrderLine: OrderLineResolvers = {
  id: (line) => `${line.orderNumber}/${line.lineNumber}`,
  quantities: (line) => line,
};

/** WMS quantities of a line; an order the WMS has not received yet has none of them. */
async function wmsQuantity(
  line: { orderNumber: string; lineNumber: number },
  ctx: GraphQLContext,
  field: 'allocated' | 'picked' | 'shipped' | 'backordered',
): Promise<number | null> {
  const wms = await fromSystem(ctx, ctx.loaders.wmsOrder.load(line.orderNumber));
  if (wms === null) return ctx.reportedFailures.has('WMS') ? null : 0;
  return wms.lines.find((l) => l.lineNumber === line.lineNumber)?.[field] ?? 0;
}

export const LineQuantities: LineQuantitiesResolvers = {
  ordered: (line) => line.ordered,
  allocated: (line, _, ctx) => wmsQuantity(line, ctx, 'allocated'),
  picked: (line, _, ctx) => wmsQuantity(line, ctx, 'picked'),
  shipped: (line, _, ctx) => wmsQuantity(line, ctx, 'shipped'),
  backordered: (line, _, ctx) => wmsQuantity(line, ctx, 'backordered'),
  cancelled: (line) => line.cancelled,
  returned: (line) => line.returned,
  refunded: (line) => line.refunded,
};
