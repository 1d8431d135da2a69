import type { TenantId } from '../../world/tenants.js';
import type { Shipment, Ticket } from '../../world/types.js';
import type { SimulatorSource } from '../signing/sources.js';
import type { Situation } from './situations.js';

/** What an event is about, the way the exception engine keys its subjects. */
export interface Subject {
  kind: 'ORDER' | 'SHIPMENT' | 'RETURN' | 'CASE';
  id: string;
}

export type WmsEventType =
  | 'order.status_changed'
  | 'order.short_picked'
  | 'order.backordered'
  | 'order.held'
  | 'order.hold_released'
  | 'shipment.created'
  | 'return.received'
  | 'return.inspected';

export type TicketEventType = 'ticket.created' | 'ticket.custom_field_changed' | 'ticket.status_changed';

/** What to put on the wire, before it has an id and a time. */
export type StoryPayload =
  | {
      kind: 'wms';
      type: WmsEventType;
      data: Record<string, unknown>;
      /** `ship_by` as an offset from `occurred_at` (the world's dates are moved with the event). */
      shipByOffsetMs?: number | null;
    }
  | { kind: 'scan'; shipment: Shipment; index: number }
  | { kind: 'ticket'; type: TicketEventType; ticket: Ticket; orderField: string | null };

/**
 * One event of a world order's history, as its system would send it: the WMS, a carrier (through
 * EasyPost or AfterShip) or the helpdesk. Times are the world's; a player gives it a real one.
 */
export interface StoryEvent {
  tenant: TenantId;
  source: SimulatorSource;
  /** When it happened in the seeded world; orders the history, never sent. */
  worldAt: number;
  subject: Subject;
  /** The order it belongs to (ERP number). */
  orderNumber: string;
  /** The situation this event brings about, if it is one an agent must hear of. */
  situation: Situation | null;
  /** A short name for logs and tests: `order.short_picked`, `scan:Exception_013`, `ticket.created`. */
  type: string;
  payload: StoryPayload;
}

export const subjectKey = (s: Subject): string => `${s.kind}:${s.id}`;
