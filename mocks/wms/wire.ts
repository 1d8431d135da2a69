/** WMS wire shapes as WIRE.md specifies them. Timestamps are epoch milliseconds. */
export interface WmsWireShipment {
  shipment_id: string;
  warehouse: string;
  carrier_code: string;
  service_level: string;
  tracking_no: string | null;
  tracking_url: string | null;
  state: string;
  shipped_at: number | null;
  eta: number | null;
  lines: { client_line_ref: string; sku: string; qty: number }[];
  parcels: { sscc: string; weight_g: number }[];
  tracking_events: { ts: number; code: string; text: string; place: string | null }[];
}

export interface WmsWireOrder {
  order_ref: string;
  client_order_ref: string;
  warehouse: string;
  status_code: number;
  status_text: string;
  updated_at: number;
  lines: {
    client_line_ref: string;
    sku: string;
    qty_ordered: number;
    qty_allocated: number;
    qty_picked: number;
    qty_shipped: number;
    qty_backordered: number;
    short_reason: string | null;
  }[];
  shipments: WmsWireShipment[];
  history: { ts: number; code: number; text: string }[];
}

export type WmsQueryKey = 'client_order_refs' | 'order_refs' | 'tracking_numbers';
