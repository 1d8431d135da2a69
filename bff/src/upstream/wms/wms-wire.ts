/** The WMS's wire shapes (mocks/WIRE.md, "WMS"). They never leave this folder. */
export interface WmsTrackingEvent {
  ts: number;
  code: string;
  text: string;
  place: string | null;
}

export interface WmsShipmentWire {
  shipment_id: string;
  warehouse: string;
  carrier_code: string | null;
  service_level: string | null;
  tracking_no: string | null;
  tracking_url: string | null;
  state: string;
  shipped_at: number | null;
  eta: number | null;
  lines: { client_line_ref: string; sku: string; qty: number }[];
  parcels: { sscc: string; weight_g: number | null }[];
  tracking_events: WmsTrackingEvent[];
}

export interface WmsOrderWire {
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
  shipments: WmsShipmentWire[];
  history: { ts: number; code: number; text: string }[];
}

export type WmsQuery =
  { client_order_refs: string[] } | { order_refs: string[] } | { tracking_numbers: string[] };

export interface WmsQueryResponse {
  orders: WmsOrderWire[];
}
