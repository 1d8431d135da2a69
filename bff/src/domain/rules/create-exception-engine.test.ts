import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../event.js';
import type { Subject } from '../exception-engine.js';
import { subjectKey } from '../exception-engine.js';
import { createExceptionEngine } from './create-exception-engine.js';
import {
  ORDER_NO,
  RMA,
  TN,
  label,
  orderStatus,
  returnStatus,
  scan,
  shortPick,
  when,
} from './__fixtures__/event-fixtures.js';
import { newSubject } from './new-subject.js';
import { createStoreDouble } from './__fixtures__/store-double.js';

const engine = createExceptionEngine();

describe('createExceptionEngine', () => {
  it('names the subjects each event concerns', () => {
    expect(engine.subjectsOf(scan('s1', 1, 'InTransit_002'))).toEqual([{ kind: 'SHIPMENT', id: TN }]);
    expect(engine.subjectsOf(label('l1', 0))).toEqual([
      { kind: 'SHIPMENT', id: TN },
      { kind: 'ORDER', id: ORDER_NO },
    ]);
    expect(engine.subjectsOf(shortPick('p1', 0))).toEqual([{ kind: 'ORDER', id: ORDER_NO }]);
    expect(engine.subjectsOf(returnStatus('r1', 0, 'RECEIVED'))).toEqual([
      { kind: 'RETURN', id: RMA },
      { kind: 'ORDER', id: ORDER_NO },
    ]);
    expect(engine.subjectsOf(label('l1', 0, { tn: null }))).toEqual([]);
  });

  it('answers unmatched for a scan of an unknown tracking number, and changes nothing', () => {
    expect(engine.apply(scan('s1', 1, 'Exception_013'), new Map(), when(2))).toEqual({
      subjects: [],
      raise: [],
      clear: [],
      unmatched: { kind: 'SHIPMENT', id: TN },
    });
  });

  it('raises from a parked scan once the store re-applies it after the label', () => {
    const store = createStoreDouble(engine);
    expect(store.ingest(scan('s1', 1, 'Exception_013'), when(2))).toMatchObject({ unmatched: { id: TN } });
    store.ingest(label('l1', 0), when(3));
    expect(store.types()).toEqual(['LOST']);
    expect(store.parked.size).toBe(0);
  });

  it('creates an ORDER subject from any WMS order event and a RETURN from a return status', () => {
    const result = engine.apply(shortPick('p1', 0), new Map(), when(1));
    expect(result.subjects).toMatchObject([
      { tenant: 'acme', kind: 'ORDER', id: ORDER_NO, orderNumber: ORDER_NO },
    ]);
    const ret = engine.apply(returnStatus('r1', 0, 'RECEIVED'), new Map(), when(1));
    expect(ret.subjects).toMatchObject([{ kind: 'RETURN', id: RMA, orderNumber: ORDER_NO }]);
  });

  it('ignores case updates and labels without a tracking number', () => {
    const caseEvent: CanonicalEvent = {
      source: 'zendesk',
      id: 'z1',
      tenant: 'acme',
      occurredAt: when(0).toISOString(),
      body: {
        type: 'case.updated',
        ticketId: '1',
        orderNumber: ORDER_NO,
        status: 'open',
        subject: 'Where is it?',
      },
    };
    expect(engine.apply(caseEvent, new Map(), when(1))).toEqual({ subjects: [], raise: [], clear: [] });
    expect(engine.apply(label('l1', 0, { tn: null }), new Map(), when(1))).toEqual({
      subjects: [],
      raise: [],
      clear: [],
    });
  });

  it('is idempotent: applying the same event again raises and clears nothing and keeps the state', () => {
    const store = createStoreDouble(engine, { dedupe: false });
    store.ingest(label('l1', 0), when(1));
    store.ingest(scan('s1', 1, 'Exception_013'), when(2));
    const before = store.subject('SHIPMENT', TN);
    const again = store.ingest(scan('s1', 1, 'Exception_013'), when(2));
    expect(again).toMatchObject({ raise: [], clear: [] });
    expect(store.subject('SHIPMENT', TN)).toEqual(before);
  });

  it('raises an unchanged exception once, and again only when its content changes', () => {
    const store = createStoreDouble(engine);
    store.ingest(shortPick('p1', 0), when(1));
    store.ingest(orderStatus('o1', 1, 'IN_FULFILMENT'), when(2));
    expect(store.log.raised.map((d) => d.type)).toEqual(['SHORT_PICK']);
    store.ingest(shortPick('p2', 2, 20, 1), when(3));
    expect(store.log.raised.map((d) => d.type)).toEqual(['SHORT_PICK', 'SHORT_PICK']);
    expect(store.log.raised[1]?.evidence).toEqual(['wms:p1', 'wms:p2']);
  });

  it('does not modify the subjects it is given', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    const subject = store.subject('SHIPMENT', TN) as Subject;
    const frozen = structuredClone(subject);
    engine.apply(scan('s1', 1, 'Exception_013'), new Map([[subjectKey(subject), subject]]), when(2));
    engine.wake(subject, when(40));
    expect(subject).toEqual(frozen);
  });

  it('gives the same result for the same inputs', () => {
    const current = new Map<string, Subject>();
    const a = engine.apply(label('l1', 0), current, when(30));
    const b = engine.apply(label('l1', 0), current, when(30));
    expect(a).toEqual(b);
  });

  it('treats empty or foreign state as a fresh subject', () => {
    const order = { ...newSubject('acme', 'ORDER', ORDER_NO), state: { v: 99, junk: true } };
    const result = engine.apply(shortPick('p1', 0), new Map([[subjectKey(order), order]]), when(1));
    expect(result.raise.map((d) => d.type)).toEqual(['SHORT_PICK']);
    expect(engine.wake(newSubject('acme', 'RETURN', RMA, ORDER_NO), when(1))).toMatchObject({
      raise: [],
      clear: [],
    });
  });

  it('reads an unparseable occurredAt as the oldest moment rather than throwing', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    store.ingest(scan('s2', 5, 'Exception_005'), when(6));
    store.ingest({ ...scan('s1', 6, 'InTransit_003'), occurredAt: 'yesterday-ish' }, when(6));
    expect(store.types()).toEqual(['DELIVERY_EXCEPTION']);
  });

  it('does nothing when woken before its wakeAt, and never returns a wakeAt in the past', () => {
    const store = createStoreDouble(engine);
    store.ingest(label('l1', 0), when(1));
    const subject = store.subject('SHIPMENT', TN) as Subject;
    expect(engine.wake(subject, when(2))).toMatchObject({
      raise: [],
      clear: [],
      subjects: [{ wakeAt: subject.wakeAt }],
    });
    for (const h of [24, 30, 100]) {
      const wakeAt = engine.wake(subject, when(h)).subjects[0]?.wakeAt ?? null;
      expect(wakeAt === null || Date.parse(wakeAt) > when(h).getTime()).toBe(true);
    }
  });
});
