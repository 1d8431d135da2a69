import type { CanonicalEvent, EventBody } from '../../domain/event.js';
import {
  subjectKey,
  type EngineResult,
  type ExceptionEngine,
  type Subject,
} from '../../domain/exception-engine.js';
import type { ExceptionDraft, ExceptionSeverity } from '../../domain/exception.js';

/**
 * A small stand-in for the real rules, for the store's tests: an order remembers its WMS status
 * (never moving backwards in time), a short pick raises SHORT_PICK, a hold raises and its release
 * clears WAREHOUSE_HOLD, a shipment appears with `wms.shipment.created` and carrier scans before
 * that are unmatched, a carrier EXCEPTION raises DELIVERY_EXCEPTION and DELIVERED clears it, a
 * `shipBy` makes the order wake then and raise NOT_SHIPPED_BY_PROMISE, and an ERP status other than
 * the WMS's is SYSTEM_DRIFT. A hold with reason `explode` throws, to test atomicity.
 */
export function createFakeEngine(): ExceptionEngine {
  const result = (r: Partial<EngineResult> = {}): EngineResult => ({
    subjects: [],
    raise: [],
    clear: [],
    ...r,
  });
  const draft = (
    d: Partial<ExceptionDraft> & Pick<ExceptionDraft, 'type' | 'subjectKind' | 'subjectId' | 'orderNumber'>,
    ev?: CanonicalEvent,
  ): ExceptionDraft => ({
    severity: 'MEDIUM',
    dueAt: '2030-01-01T00:00:00Z',
    summary: `${d.type} on ${d.subjectId}`,
    evidence: ev ? [`${ev.source}:${ev.id}`] : [],
    suggestedActions: [],
    ...d,
  });
  const order = (ev: CanonicalEvent, current: ReadonlyMap<string, Subject>, orderNumber: string): Subject =>
    current.get(subjectKey({ kind: 'ORDER', id: orderNumber })) ?? {
      tenant: ev.tenant,
      kind: 'ORDER',
      id: orderNumber,
      orderNumber,
      state: {},
      wakeAt: null,
    };

  return {
    subjectsOf(ev) {
      const b: EventBody = ev.body;
      if (b.type === 'shipment.tracking') return [{ kind: 'SHIPMENT', id: b.trackingNumber }];
      if (b.type === 'wms.shipment.created' && b.trackingNumber) {
        return [
          { kind: 'ORDER', id: b.orderNumber },
          { kind: 'SHIPMENT', id: b.trackingNumber },
        ];
      }
      if (b.type === 'return.status') return [{ kind: 'RETURN', id: b.rmaNumber }];
      if (b.type === 'case.updated') return [];
      return [{ kind: 'ORDER', id: b.orderNumber }];
    },

    apply(ev, current) {
      const b = ev.body;
      switch (b.type) {
        case 'wms.order.status': {
          const o = order(ev, current, b.orderNumber);
          // Out of order: an older status never replaces a newer one.
          if (typeof o.state.at === 'string' && o.state.at >= ev.occurredAt) return result();
          const state = { ...o.state, status: b.status, at: ev.occurredAt, shipBy: b.shipBy };
          return result({ subjects: [{ ...o, state, wakeAt: b.shipBy }] });
        }
        case 'wms.short_pick': {
          const severity: ExceptionSeverity = b.shortQuantity > 5 ? 'HIGH' : 'MEDIUM';
          return result({
            subjects: [order(ev, current, b.orderNumber)],
            raise: [
              draft(
                {
                  type: 'SHORT_PICK',
                  subjectKind: 'ORDER',
                  subjectId: b.orderNumber,
                  orderNumber: b.orderNumber,
                  severity,
                },
                ev,
              ),
            ],
          });
        }
        case 'wms.hold': {
          if (b.reason === 'explode') throw new Error('engine failure');
          const key = { type: 'WAREHOUSE_HOLD', subjectKind: 'ORDER', subjectId: b.orderNumber } as const;
          return b.released
            ? result({ subjects: [order(ev, current, b.orderNumber)], clear: [key] })
            : result({
                subjects: [order(ev, current, b.orderNumber)],
                raise: [draft({ ...key, orderNumber: b.orderNumber }, ev)],
              });
        }
        case 'wms.shipment.created': {
          if (!b.trackingNumber) return result();
          const existing = current.get(subjectKey({ kind: 'SHIPMENT', id: b.trackingNumber }));
          const shipment: Subject = existing ?? {
            tenant: ev.tenant,
            kind: 'SHIPMENT',
            id: b.trackingNumber,
            orderNumber: b.orderNumber,
            state: { scans: [] },
            wakeAt: null,
          };
          return result({ subjects: [order(ev, current, b.orderNumber), shipment] });
        }
        case 'shipment.tracking': {
          const s = current.get(subjectKey({ kind: 'SHIPMENT', id: b.trackingNumber }));
          if (!s) return result({ unmatched: { kind: 'SHIPMENT', id: b.trackingNumber } });
          const scans = [...((s.state.scans as string[]) ?? []), `${ev.occurredAt} ${b.status}`];
          const key = { type: 'DELIVERY_EXCEPTION', subjectKind: 'SHIPMENT', subjectId: s.id } as const;
          const next = { ...s, state: { ...s.state, scans, status: b.status } };
          if (b.status === 'EXCEPTION') {
            return result({
              subjects: [next],
              raise: [draft({ ...key, orderNumber: s.orderNumber ?? '', severity: 'HIGH' }, ev)],
            });
          }
          return result({ subjects: [next], clear: b.status === 'DELIVERED' ? [key] : [] });
        }
        default:
          return result();
      }
    },

    wake(subject, now) {
      const next = { ...subject, wakeAt: null };
      const shipBy = subject.state.shipBy;
      if (typeof shipBy !== 'string' || subject.state.status === 'SHIPPED' || new Date(shipBy) > now) {
        return result({ subjects: [next] });
      }
      const key = { type: 'NOT_SHIPPED_BY_PROMISE', subjectKind: 'ORDER', subjectId: subject.id } as const;
      return result({
        subjects: [next],
        raise: [draft({ ...key, orderNumber: subject.id, severity: 'CRITICAL' })],
      });
    },

    compareErp(subject, erp) {
      const key = { type: 'SYSTEM_DRIFT', subjectKind: 'ORDER', subjectId: subject.id } as const;
      if (subject.state.status === undefined || erp.status === subject.state.status)
        return result({ clear: [key] });
      return result({
        raise: [
          draft({
            ...key,
            orderNumber: subject.id,
            summary: `ERP ${erp.status}, WMS ${String(subject.state.status)}`,
          }),
        ],
      });
    },
  };
}
