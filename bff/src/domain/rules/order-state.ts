import type { ExceptionType } from '../exception.js';
import type { CustomerTier, OrderStatus } from '../model.js';
import type { Stamp } from './stamp.js';
import { happenedAfter } from './stamp.js';
import { deadline } from './time.js';

/** A short pick or backorder on one line, the latest the WMS reported for it. */
export interface LineIssue extends Stamp {
  sku: string;
  quantity: number;
  reason: string | null;
}

/** The ERP's view of the order at the last comparison. */
export interface ErpView {
  status: OrderStatus;
  /** The ERP's own `statusAsOf`: an older view never replaces a newer one. */
  asOf: string;
  /** Since when the ERP has wanted the order in the warehouse (CONFIRMED / IN_FULFILMENT); else null. */
  releasableSince: string | null;
  promisedDate: string | null;
  /** Lines the ERP cancelled in full: their short picks and backorders no longer matter. */
  cancelledLines: number[];
  /** When ERP and WMS were first seen disagreeing, continuously since; null while they agree. */
  drift: { since: string; reason: string; evidence: string[] } | null;
  comparedAt: string;
}

/** What the rules remember about one order (ORDER subject, keyed by ERP order number). */
export interface OrderState {
  v: 1;
  /** From the ERP customer; null until a comparison told us. */
  tier: CustomerTier | null;
  /** The latest WMS order status. */
  wms: (Stamp & { status: OrderStatus; code: string }) | null;
  /**
   * The first WMS status that ended fulfilment (shipped, delivered, cancelled). Final like a
   * delivery: a status stamped later (a WMS correction, a stray update) does not reopen shortages.
   */
  finished: (Stamp & { status: OrderStatus }) | null;
  /** The latest ship-by date the WMS gave. */
  shipBy: (Stamp & { date: string }) | null;
  /** The latest hold or release. */
  hold: (Stamp & { held: boolean; reason: string }) | null;
  /** By line number (JSON keys are strings). */
  shorts: Record<string, LineIssue>;
  backorders: Record<string, LineIssue>;
  erp: ErpView | null;
  /** Fingerprint of each exception this subject raised and has not cleared: raise only on change. */
  open: Partial<Record<ExceptionType, string>>;
}

export const emptyOrderState = (): OrderState => ({
  v: 1,
  tier: null,
  wms: null,
  finished: null,
  shipBy: null,
  hold: null,
  shorts: {},
  backorders: {},
  erp: null,
  open: {},
});

/** Reads stored JSON as order state (a copy; an empty or foreign object starts afresh). */
export function readOrderState(json: Record<string, unknown>): OrderState {
  if (json.v !== 1) return emptyOrderState();
  return { ...emptyOrderState(), ...(structuredClone(json) as Partial<OrderState>) } as OrderState;
}

/** Statuses after which nothing is left to pick or ship. */
export const FINISHED: ReadonlySet<OrderStatus> = new Set(['SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED']);

/** The WMS has heard of the order: any WMS order event counts. */
export const wmsKnows = (s: OrderState): boolean =>
  !!s.wms || !!s.hold || Object.keys(s.shorts).length > 0 || Object.keys(s.backorders).length > 0;

/** The order's customer promise: the warehouse ship-by, else the ERP's promised date. */
export function orderPromise(s: OrderState): number | null {
  const date = s.shipBy?.date ?? s.erp?.promisedDate ?? null;
  return date === null ? null : deadline(date);
}

/** Whether the order or line was closed in the ERP, which ends any shortage on it. */
const erpClosedLine = (s: OrderState, line: string): boolean =>
  s.erp?.status === 'CANCELLED' || (s.erp?.cancelledLines ?? []).includes(Number(line));

export const shipByAt = (s: OrderState): number | null => (s.shipBy ? deadline(s.shipBy.date) : null);

/**
 * Lines whose shortage still matters: not overtaken by a later WMS status that ends fulfilment
 * (shipped, delivered, cancelled) and not cancelled in the ERP.
 */
export function openIssues(s: OrderState, issues: Record<string, LineIssue>): [string, LineIssue][] {
  return Object.entries(issues)
    .filter(([line, issue]) => !happenedAfter(s.finished, issue) && !erpClosedLine(s, line))
    .sort(([a], [b]) => Number(a) - Number(b));
}
