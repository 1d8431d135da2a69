import type { CanonicalEvent } from '../event.js';
import type { EngineResult, RuleThresholds, Subject } from '../exception-engine.js';
import { subjectKey } from '../exception-engine.js';
import type { CustomerTier } from '../model.js';
import { evaluateSubject } from './evaluate-subject.js';
import { newSubject } from './new-subject.js';
import { reduceOrder } from './order-reducer.js';
import { reduceReturn } from './return-reducer.js';
import { reduceShipment } from './shipment-reducer.js';
import { ORDER, RETURN, SHIPMENT } from './subject-kinds.js';

const NOTHING: EngineResult = { subjects: [], raise: [], clear: [] };

/** The tier the order subject learnt from the ERP, to carry onto its shipments and returns. */
function orderTier(current: ReadonlyMap<string, Subject>, orderNumber: string): CustomerTier | null {
  const order = current.get(subjectKey({ kind: 'ORDER', id: orderNumber }));
  return order ? ORDER.read(order.state).tier : null;
}

/** Applies one event: reduce the subject it concerns, then re-run that subject's rules. */
export function applyEvent(
  event: CanonicalEvent,
  current: ReadonlyMap<string, Subject>,
  now: number,
  thresholds: RuleThresholds,
): EngineResult {
  const body = event.body;
  const find = (kind: Subject['kind'], id: string, orderNumber: string | null): Subject =>
    current.get(subjectKey({ kind, id })) ?? newSubject(event.tenant, kind, id, orderNumber);
  switch (body.type) {
    case 'shipment.tracking': {
      const subject = current.get(subjectKey({ kind: 'SHIPMENT', id: body.trackingNumber }));
      // The scan may beat the WMS label here: the store keeps it and applies it again later.
      if (!subject) return { ...NOTHING, unmatched: { kind: 'SHIPMENT', id: body.trackingNumber } };
      const state = reduceShipment(SHIPMENT.read(subject.state), event);
      return evaluateSubject(SHIPMENT, subject, state, now, thresholds);
    }
    case 'wms.shipment.created': {
      if (!body.trackingNumber) return NOTHING;
      const subject = find('SHIPMENT', body.trackingNumber, body.orderNumber);
      const state = reduceShipment(SHIPMENT.read(subject.state), event);
      state.tier ??= orderTier(current, body.orderNumber);
      return evaluateSubject(SHIPMENT, subject, state, now, thresholds);
    }
    case 'wms.order.status':
    case 'wms.short_pick':
    case 'wms.backorder':
    case 'wms.hold': {
      const subject = find('ORDER', body.orderNumber, body.orderNumber);
      const state = reduceOrder(ORDER.read(subject.state), event);
      return evaluateSubject(ORDER, subject, state, now, thresholds);
    }
    case 'return.status': {
      const subject = find('RETURN', body.rmaNumber, body.orderNumber);
      const state = reduceReturn(RETURN.read(subject.state), event);
      state.tier ??= orderTier(current, body.orderNumber);
      return evaluateSubject(RETURN, subject, state, now, thresholds);
    }
    case 'case.updated':
      return NOTHING;
  }
}
