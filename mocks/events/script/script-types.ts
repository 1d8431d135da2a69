import type { TenantId } from '../../world/tenants.js';
import type { SimulatorSource } from '../signing/sources.js';
import type { Subject } from '../story/story-event.js';

/** One ready-to-send webhook of a script. */
export interface ScriptRequest {
  tenant: TenantId;
  source: SimulatorSource;
  /** Content type and signature, signed when the script was made; `sendScript` signs afresh. */
  headers: Record<string, string>;
  body: string;
  /** `source:id`: the receiver's dedupe key and the evidence key its exceptions cite. */
  eventKey: string;
  type: string;
  subject: Subject;
  orderNumber: string;
  /** When it happened (epoch ms); the un-shuffled script is in this order. */
  occurredAt: number;
  /** A repeat of an earlier request, byte for byte (at-least-once delivery). */
  duplicate: boolean;
  /** Sent after an event of the same subject that happened later. */
  outOfOrder: boolean;
}

export type ExceptionTypeName =
  | 'SHORT_PICK'
  | 'BACKORDER'
  | 'WAREHOUSE_HOLD'
  | 'DELIVERY_EXCEPTION'
  | 'FAILED_ATTEMPT'
  | 'ADDRESS_PROBLEM'
  | 'RETURN_TO_SENDER'
  | 'LOST'
  | 'DAMAGED'
  | 'RETURN_REJECTED';

/** What a receiver should have made of the script, however it was delivered. */
export interface ScriptExpectations {
  requests: number;
  /** Distinct event keys: what a receiver that dedupes stores. */
  uniqueEvents: number;
  duplicates: number;
  outOfOrder: number;
  /** Per event key. */
  events: Record<
    string,
    {
      tenant: TenantId;
      source: SimulatorSource;
      type: string;
      subject: Subject;
      orderNumber: string;
      occurredAt: number;
    }
  >;
  /** Per tracking number: the newest scan, by when it happened. */
  shipments: Record<
    string,
    {
      tenant: TenantId;
      orderNumber: string;
      carrier: string;
      source: SimulatorSource;
      labelled: boolean;
      finalCode: string | null;
    }
  >;
  /** Per ERP order number: the newest WMS status code. */
  orders: Record<string, { tenant: TenantId; finalStatusCode: number | null }>;
  /** Per RMA: the newest return status. */
  returns: Record<
    string,
    { tenant: TenantId; orderNumber: string; final: 'RECEIVED' | 'ACCEPTED' | 'REJECTED' }
  >;
  /**
   * Exceptions the event rules leave open at the end, by `KIND:id` (`SHIPMENT:1Z…`, `ORDER:SO-…`,
   * `RETURN:RMA-…`). Time rules (SLA sweeps) and ERP comparisons are left out: they depend on the
   * receiver's clock and the ERP.
   */
  openExceptions: Record<string, { tenant: TenantId; types: ExceptionTypeName[] }>;
}

export interface EventScript {
  requests: ScriptRequest[];
  expected: ScriptExpectations;
}
