import type { Tenant } from '../world/tenants.js';
import type { WorldOrder } from '../world/types.js';
import { erpDate, erpMoney, erpTimestamp } from './format.js';
import type { ErpCreditMemo, ErpCustomer, ErpReturn, ErpSalesOrder } from './wire.js';

/** The ERP's view of one world order, with every expansion filled in. */
export function toSalesOrder(o: WorldOrder, tenant: Tenant): Required<ErpSalesOrder> {
  const cur = tenant.currency;
  const c = o.customer;
  const customer: ErpCustomer = {
    customer_no: c.number,
    name: c.name,
    email: c.email,
    phone: c.phone,
    tier: c.tier,
    credit_block: c.creditBlock,
  };
  const returns: ErpReturn[] = o.returns.map((r) => ({
    rma_no: r.rma,
    rma_status: r.status,
    created: erpTimestamp(r.created),
    lines: r.lines.map((l) => ({
      pos: l.pos,
      item_no: l.sku,
      qty: l.qty,
      qty_received: l.qtyReceived,
      reason_code: l.reason,
      disposition: l.disposition,
    })),
    credit_memo_no: r.creditMemo,
  }));
  const credit_memos: ErpCreditMemo[] = o.creditMemos.map((m) => ({
    doc_no: m.docNo,
    doc_type: m.type,
    status: m.status,
    amount: erpMoney(m.amountCents, cur),
    reason: m.reason,
    created: erpTimestamp(m.created),
    rma_no: m.rma,
  }));
  return {
    order_no: o.number,
    company: tenant.companyCode,
    doc_status: o.erpStatus,
    status_changed: erpTimestamp(o.statusChanged),
    order_date: erpDate(o.created),
    created: erpTimestamp(o.created),
    sales_channel: o.channel,
    channel_ref: o.channelRef,
    cust_po: o.customerPo,
    customer_no: c.number,
    req_delivery_date: o.requestedDate === null ? null : erpDate(o.requestedDate),
    ship_to: { ...o.shipTo },
    lines: o.lines.map((l) => ({
      pos: l.pos,
      item_no: l.sku,
      item_text: l.name,
      qty: l.qty,
      qty_cancelled: l.qtyCancelled,
      qty_returned: l.qtyReturned,
      qty_credited: l.qtyCredited,
      unit_price: erpMoney(l.unitPriceCents, cur),
      line_amount: erpMoney(l.lineAmountCents, cur),
      confirmed_date: l.confirmedDate === null ? null : erpDate(l.confirmedDate),
    })),
    freight: erpMoney(o.freightCents, cur),
    tax: erpMoney(o.taxCents, cur),
    net_total: erpMoney(o.netCents, cur),
    gross_total: erpMoney(o.grossCents, cur),
    events: o.events.map((e) => ({ ts: erpTimestamp(e.ts), type: e.type, text: e.text })),
    customer,
    returns,
    credit_memos,
  };
}
