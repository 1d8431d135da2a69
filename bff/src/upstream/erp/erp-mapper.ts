import type {
  Customer,
  CustomerTier,
  ErpOrder,
  ErpOrderLine,
  Money,
  Refund,
  Return,
  TimelineEvent,
} from '../../domain/model.js';
import { sumDecimals, toMoney } from '../../domain/money.js';
import { erpOrderStatus } from '../../domain/order-status.js';
import { erpReturnDisposition, erpReturnStatus } from '../../domain/return-status.js';
import { erpDateOrNull, erpTimestamp } from '../wire-time.js';
import type { ErpCreditMemo, ErpCustomer, ErpLine, ErpMoney, ErpReturn, ErpSalesOrder } from './erp-wire.js';

/**
 * Maps an ERP sales order (with its expansions) to the canonical `ErpOrder`.
 *
 * @example toErpOrder(wire, 'acme').totals.total // { amount: '129.90', currency: 'EUR' }
 */
export function toErpOrder(wire: ErpSalesOrder, tenant: string): ErpOrder {
  const currency = wire.gross_total.curr;
  return {
    number: wire.order_no,
    tenant,
    channel: wire.sales_channel ?? null,
    channelReference: wire.channel_ref ?? null,
    customerPo: wire.cust_po ?? null,
    customer: toCustomer(wire.customer, wire.customer_no),
    placedAt: erpTimestamp(wire.created || wire.order_date),
    nativeStatus: wire.doc_status,
    status: erpOrderStatus(wire.doc_status),
    statusAsOf: erpTimestamp(wire.status_changed),
    promisedDate: erpDateOrNull(wire.req_delivery_date),
    shipTo: wire.ship_to
      ? {
          name: wire.ship_to.name ?? null,
          lines: [wire.ship_to.street, wire.ship_to.street2].filter((l): l is string => !!l),
          city: wire.ship_to.city,
          postalCode: wire.ship_to.zip ?? null,
          country: wire.ship_to.country,
        }
      : null,
    lines: wire.lines.map(toLine),
    totals: {
      // The ERP has no line subtotal field; summing exact decimals keeps it honest.
      subtotal: toMoney(sumDecimals(wire.lines.map((l) => l.line_amount.value)), currency),
      shipping: money(wire.freight),
      tax: money(wire.tax),
      total: money(wire.gross_total),
    },
    returns: (wire.returns ?? []).map(toReturn),
    refunds: (wire.credit_memos ?? []).map(toRefund),
    timeline: wire.events.map(toTimelineEvent),
  };
}

const TIER: Record<string, CustomerTier> = { A: 'KEY', B: 'STANDARD', C: 'BASIC' };

function toCustomer(wire: ErpCustomer | undefined, customerNo: string): Customer {
  return {
    id: wire?.customer_no ?? customerNo,
    number: wire?.customer_no ?? customerNo,
    name: wire?.name ?? customerNo,
    email: wire?.email ?? null,
    phone: wire?.phone ?? null,
    tier: TIER[wire?.tier ?? ''] ?? 'STANDARD',
    creditHold: wire?.credit_block ?? false,
  };
}

function toLine(wire: ErpLine): ErpOrderLine {
  return {
    lineNumber: wire.pos,
    sku: wire.item_no,
    description: wire.item_text,
    ordered: wire.qty,
    cancelled: wire.qty_cancelled,
    returned: wire.qty_returned,
    refunded: wire.qty_credited,
    unitPrice: money(wire.unit_price),
    total: money(wire.line_amount),
    promisedDate: erpDateOrNull(wire.confirmed_date),
  };
}

function toReturn(wire: ErpReturn): Return {
  return {
    id: wire.rma_no,
    rmaNumber: wire.rma_no,
    status: erpReturnStatus(wire.rma_status),
    requestedAt: erpTimestamp(wire.created),
    lines: wire.lines.map((l) => ({
      lineNumber: l.pos,
      sku: l.item_no,
      quantity: l.qty,
      receivedQuantity: l.qty_received,
      reason: l.reason_code,
      disposition: erpReturnDisposition(l.disposition),
    })),
    creditMemoNumber: wire.credit_memo_no ?? null,
  };
}

function toRefund(wire: ErpCreditMemo): Refund {
  const kind = wire.doc_type === 'REFUND' ? 'REFUND' : 'CREDIT_MEMO';
  return {
    id: wire.doc_no,
    kind,
    status: refundStatus(wire.status, kind),
    amount: money(wire.amount),
    reason: wire.reason ?? null,
    createdAt: erpTimestamp(wire.created),
    rmaNumber: wire.rma_no ?? null,
  };
}

/** A posted credit memo is done; a posted refund still waits for the money to be paid out. */
function refundStatus(status: string, kind: Refund['kind']): Refund['status'] {
  if (status === 'PAID') return 'COMPLETED';
  if (status === 'FAILED') return 'FAILED';
  if (status === 'POSTED' && kind === 'CREDIT_MEMO') return 'COMPLETED';
  return 'PENDING';
}

const EVENT_KIND: Record<string, string> = {
  CREATED: 'order.created',
  RELEASED: 'order.released',
  HOLD: 'order.held',
  HOLD_RELEASED: 'order.hold_released',
  INVOICED: 'order.invoiced',
  CANCELLED: 'order.cancelled',
  RMA_CREATED: 'return.created',
  CREDIT_POSTED: 'refund.posted',
};

function toTimelineEvent(wire: ErpSalesOrder['events'][number]): TimelineEvent {
  return {
    at: erpTimestamp(wire.ts),
    system: 'ERP',
    kind: EVENT_KIND[wire.type] ?? `order.${wire.type.toLowerCase()}`,
    summary: wire.text,
  };
}

function money(wire: ErpMoney): Money {
  return toMoney(wire.value, wire.curr);
}
