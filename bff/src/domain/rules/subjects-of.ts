import type { CanonicalEvent } from '../event.js';
import type { SubjectRef } from '../exception-engine.js';

/**
 * The subjects an event concerns. A label and a return also name their order, read only for the
 * customer tier; a case update concerns no rule yet.
 */
export function subjectsOf(event: CanonicalEvent): SubjectRef[] {
  const body = event.body;
  switch (body.type) {
    case 'shipment.tracking':
      return [{ kind: 'SHIPMENT', id: body.trackingNumber }];
    case 'wms.shipment.created':
      // A shipment without a tracking number gives the carrier rules nothing to follow.
      return body.trackingNumber
        ? [
            { kind: 'SHIPMENT', id: body.trackingNumber },
            { kind: 'ORDER', id: body.orderNumber },
          ]
        : [];
    case 'wms.order.status':
    case 'wms.short_pick':
    case 'wms.backorder':
    case 'wms.hold':
      return [{ kind: 'ORDER', id: body.orderNumber }];
    case 'return.status':
      return [
        { kind: 'RETURN', id: body.rmaNumber },
        { kind: 'ORDER', id: body.orderNumber },
      ];
    case 'case.updated':
      return [];
  }
}
