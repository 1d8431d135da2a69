/** ERP wire shapes as WIRE.md specifies them; only the simulator and the BFF's ERP adapter know these. */
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
  tier: 'A' | 'B' | 'C';
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
  doc_type: 'CREDIT_MEMO' | 'REFUND';
  status: 'OPEN' | 'POSTED' | 'PAID' | 'FAILED';
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
  sales_channel: string;
  channel_ref: string | null;
  cust_po: string | null;
  customer_no: string;
  req_delivery_date: string | null;
  ship_to: {
    name: string;
    street: string;
    street2: string | null;
    zip: string;
    city: string;
    country: string;
  };
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

export type ErpExpand = 'customer' | 'returns' | 'credit_memos';
