import type { StoryEvent } from '../story/story-event.js';
import { subjectKey } from '../story/story-event.js';
import { foldException } from './expected-exceptions.js';
import type { ExceptionTypeName, ScriptExpectations } from './script-types.js';

export interface EmittedEvent {
  event: StoryEvent;
  eventKey: string;
  occurredAt: number;
}

/**
 * What a receiver should end up with after the script, from its events in the order they
 * happened: delivery order and duplicates must make no difference.
 */
export function expectedFacts(
  emitted: readonly EmittedEvent[],
  counts: { requests: number; duplicates: number; outOfOrder: number },
): ScriptExpectations {
  const facts: ScriptExpectations = {
    ...counts,
    uniqueEvents: emitted.length,
    events: {},
    shipments: {},
    orders: {},
    returns: {},
    openExceptions: {},
  };
  const open = new Map<
    string,
    { tenant: ScriptExpectations['orders'][string]['tenant']; types: Set<ExceptionTypeName> }
  >();
  for (const { event, eventKey, occurredAt } of emitted) {
    const { tenant, source, type, subject, orderNumber } = event;
    facts.events[eventKey] = { tenant, source, type, subject, orderNumber, occurredAt };
    const p = event.payload;
    if (subject.kind === 'SHIPMENT') {
      const shipment = (facts.shipments[subject.id] ??= {
        tenant,
        orderNumber,
        carrier: '',
        source,
        labelled: false,
        finalCode: null,
      });
      if (p.kind === 'wms') {
        shipment.labelled = true;
        shipment.carrier = String(p.data.carrier_code);
      } else if (p.kind === 'scan') {
        shipment.source = source;
        shipment.carrier = p.shipment.carrier;
        shipment.finalCode = p.shipment.tracking[p.index]?.code ?? null;
      }
    }
    if (p.kind === 'wms' && p.type === 'order.status_changed')
      facts.orders[orderNumber] = { tenant, finalStatusCode: Number(p.data.status_code) };
    else if (subject.kind === 'ORDER') facts.orders[orderNumber] ??= { tenant, finalStatusCode: null };
    if (p.kind === 'wms' && subject.kind === 'RETURN') {
      const final =
        p.type === 'return.received' ? 'RECEIVED' : p.data.result === 'REJECTED' ? 'REJECTED' : 'ACCEPTED';
      facts.returns[subject.id] = { tenant, orderNumber, final };
    }
    const key = subjectKey(subject);
    const entry = open.get(key) ?? { tenant, types: new Set<ExceptionTypeName>() };
    foldException(entry.types, event);
    open.set(key, entry);
  }
  for (const [key, { tenant, types }] of open)
    if (types.size > 0) facts.openExceptions[key] = { tenant, types: [...types].sort() };
  return facts;
}
