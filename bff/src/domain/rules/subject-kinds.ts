import type { ExceptionType } from '../exception.js';
import type { RuleThresholds } from '../exception-engine.js';
import type { CustomerTier } from '../model.js';
import { carrierRules } from './carrier-rules.js';
import { driftRules } from './drift-rules.js';
import type { OrderState } from './order-state.js';
import { orderPromise, readOrderState } from './order-state.js';
import { orderTimeRules } from './order-time-rules.js';
import { returnRules } from './return-rules.js';
import type { ReturnState } from './return-state.js';
import { creditDeadline, readReturnState } from './return-state.js';
import type { RuleContext, RuleOutcome } from './rule-outcome.js';
import type { ShipmentState } from './shipment-state.js';
import { readShipmentState, shipmentPromise } from './shipment-state.js';
import { shipmentTimeRules } from './shipment-time-rules.js';
import { warehouseRules } from './warehouse-rules.js';

/** What the engine needs to know about one kind of subject: its state, rules and severity inputs. */
export interface SubjectKindSpec<S extends { open: Partial<Record<ExceptionType, string>> }> {
  read(json: Record<string, unknown>): S;
  /** `withErp`: a fresh ERP read is at hand, so rules that need one may run. */
  rules(ctx: RuleContext<S>, withErp: boolean): RuleOutcome[];
  orderNumber(s: S, subjectId: string): string | null;
  tier(s: S): CustomerTier | null;
  promise(s: S, t: RuleThresholds): number | null;
}

export const ORDER: SubjectKindSpec<OrderState> = {
  read: readOrderState,
  rules: (ctx, withErp) => [
    ...warehouseRules(ctx),
    ...orderTimeRules(ctx),
    ...(withErp ? driftRules(ctx) : []),
  ],
  orderNumber: (_s, id) => id,
  tier: (s) => s.tier,
  promise: (s) => orderPromise(s),
};

export const SHIPMENT: SubjectKindSpec<ShipmentState> = {
  read: readShipmentState,
  rules: (ctx) => [...carrierRules(ctx), ...shipmentTimeRules(ctx)],
  orderNumber: (s) => s.label?.orderNumber ?? null,
  tier: (s) => s.tier,
  promise: (s) => shipmentPromise(s),
};

export const RETURN: SubjectKindSpec<ReturnState> = {
  read: readReturnState,
  rules: (ctx) => returnRules(ctx),
  orderNumber: (s) => s.orderNumber,
  tier: (s) => s.tier,
  promise: (s, t) => creditDeadline(s, t),
};
