/** The ERP's wire shapes (mocks/WIRE.md, "ERP"). They never leave this folder. */
export interface ErpMoney {
  value: string;
  curr: string;
}

export interface ErpLine {
  pos: number;
  item_no: string;
  item_text: string;
  qty: number;
  qty_cancelled: number;
  qty_returned: number;
  qty_credited: number;
  unit_price: ErpMoney;
  line_amount: ErpMoney;
  confirmed_date: string | null;
}

export interface ErpCustomer {
  customer_no: string;
  name: string;
  email: string | null;
  phone: string | null;
  tier: string;
  credit_block: boolean;
}

export interface ErpReturn {
  rma_no: string;
  rma_status: string;
  created: string;
  lines: {
    pos: number;
    item_no: string;
    qty: number;
    qty_received: number;
    reason_code: string;
    disposition: string;
  }[];
  credit_memo_no: string | null;
}

export interface ErpCreditMemo {
  doc_no: string;
  doc_type: string;
  status: string;
  amount: ErpMoney;
  reason: string | null;
  created: string;
  rma_no: string | null;
}

export interface ErpSalesOrder {
  order_no: string;
  company: string;
  doc_status: string;
  status_changed: string;
  order_date: string;
  created: string;
  sales_channel: string | null;
  channel_ref: string | null;
  cust_po: string | null;
  customer_no: string;
  req_delivery_date: string | null;
  ship_to: {
    name: string | null;
    street: string;
    street2: string | null;
    zip: string | null;
    city: string;
    country: string;
  } | null;
  lines: ErpLine[];
  freight: ErpMoney;
  tax: ErpMoney;
  net_total: ErpMoney;
  gross_total: ErpMoney;
  events: { ts: string; type: string; text: string }[];
  customer?: ErpCustomer;
  returns?: ErpReturn[];
  credit_memos?: ErpCreditMemo[];
}

export interface ErpOrdersResponse {
  items: ErpSalesOrder[];
  missing?: string[];
}

export interface ErpLookupResponse {
  matches: { value: string; order_no: string }[];
}

export interface ErpSearchResponse {
  items: ErpSalesOrder[];
  next_cursor: string | null;
}

/** A page of sales orders (`/sales-orders/unreleased`; the same shape as search). */
export interface ErpOrderPageResponse {
  items: ErpSalesOrder[];
  next_cursor: string | null;
}
