import { describe, expect, it } from 'vitest';
import { normaliseCloudEvent } from './normalise-cloudevent.js';
import { shortPickData, structuredCloudEvent } from './__fixtures__/webhook-fixtures.js';

const structured = (body: unknown) => ({
  tenant: 'acme',
  headers: new Headers({ 'content-type': 'application/cloudevents+json; charset=utf-8' }),
  body,
});
const binary = (headers: Record<string, string>, body: unknown) => ({
  tenant: 'acme',
  headers: new Headers({
    'content-type': 'application/json',
    'ce-specversion': '1.0',
    'ce-id': 'c0ffee00-0000-4000-8000-000000000002',
    'ce-source': '/wms/acme-eu',
    'ce-type': 'orderlens.wms.short_pick',
    'ce-time': '2026-11-02T08:00:00+01:00',
    ...headers,
  }),
  body,
});

describe('normaliseCloudEvent', () => {
  it('maps a structured-mode event, identified by its source and id', () => {
    expect(normaliseCloudEvent(structured(structuredCloudEvent()))).toEqual({
      kind: 'event',
      event: {
        source: 'cloudevents:/erp/acme',
        id: 'c0ffee00-0000-4000-8000-000000000001',
        tenant: 'acme',
        occurredAt: '2026-11-02T08:00:00.000Z',
        body: { type: 'wms.short_pick', ...shortPickData() },
      },
    });
  });

  it('maps a binary-mode event from its ce-* headers and body', () => {
    const result = normaliseCloudEvent(binary({}, shortPickData()));
    expect(result.kind === 'event' && result.event).toMatchObject({
      source: 'cloudevents:/wms/acme-eu',
      id: 'c0ffee00-0000-4000-8000-000000000002',
      occurredAt: '2026-11-02T07:00:00.000Z',
      body: { type: 'wms.short_pick', orderNumber: 'SO-1000123' },
    });
  });

  it('dead-letters an unknown event type', () => {
    expect(
      normaliseCloudEvent(structured(structuredCloudEvent({ type: 'orderlens.wms.teleported' }))),
    ).toMatchObject({ kind: 'unmappable' });
    expect(normaliseCloudEvent(binary({ 'ce-type': 'com.example.order.created' }, {}))).toMatchObject({
      kind: 'unmappable',
    });
  });

  it('checks the data against the canonical body and says what is wrong', () => {
    const bad = structuredCloudEvent({ data: shortPickData({ shortQuantity: 0 }) });
    expect(normaliseCloudEvent(structured(bad))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^data\.shortQuantity: /),
    });
    expect(
      normaliseCloudEvent(
        structured(structuredCloudEvent({ data: { ...shortPickData(), type: 'wms.backorder' } })),
      ),
    ).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^data\.type: /),
    });
  });

  it('requires the CloudEvents attributes and says which one is wrong', () => {
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ specversion: '0.3' })))).toMatchObject({
      reason: 'specversion: must be "1.0"',
    });
    expect(normaliseCloudEvent(binary({ 'ce-id': '' }, shortPickData()))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^ce-id: /),
    });
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ id: null })))).toMatchObject({
      kind: 'invalid',
      reason: 'id: Required',
    });
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ data_base64: 'e30=' })))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^data_base64: .*exclusive/),
    });
  });

  // JSON Event Format 1.0 §2.4 / §3.1: null is absent, time is optional, data_base64 carries data.
  it('treats a null attribute as absent and places an event without time at its arrival', () => {
    const receivedAt = '2026-11-02T09:30:00.000Z';
    const result = normaliseCloudEvent({
      ...structured(
        structuredCloudEvent({ time: null, subject: null, datacontenttype: null, dataschema: null }),
      ),
      receivedAt,
    });
    expect(result).toMatchObject({ kind: 'event', event: { occurredAt: receivedAt } });
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ time: undefined })))).toMatchObject({
      kind: 'invalid',
      reason: 'time: absent, and no arrival time',
    });
  });

  it('reads data_base64 holding JSON as the data', () => {
    const encoded = Buffer.from(JSON.stringify(shortPickData())).toString('base64');
    const viaBase64 = normaliseCloudEvent(
      structured(structuredCloudEvent({ data: undefined, data_base64: encoded })),
    );
    expect(viaBase64).toEqual(normaliseCloudEvent(structured(structuredCloudEvent())));
    expect(
      normaliseCloudEvent(
        structured(
          structuredCloudEvent({ data: undefined, data_base64: Buffer.from('<x/>').toString('base64') }),
        ),
      ),
    ).toMatchObject({ kind: 'invalid', reason: 'data_base64: not base64 of JSON text' });
  });

  it.each([
    ['with every attribute', {}],
    ['without time', { time: undefined }],
    ['with null optional attributes', { subject: null, datacontenttype: null }],
    [
      'with data_base64',
      { data: undefined, data_base64: Buffer.from(JSON.stringify(shortPickData())).toString('base64') },
    ],
  ])('normalises a structured event %s and its binary-mode twin to the same event', (_, overrides) => {
    const event = structuredCloudEvent(overrides as Record<string, unknown>);
    const receivedAt = '2026-11-02T09:30:00.000Z';
    const ceHeaders: Record<string, string> = { 'content-type': 'application/json' };
    for (const name of ['specversion', 'id', 'source', 'type', 'time', 'subject'] as const) {
      const value = (event as Record<string, unknown>)[name];
      if (typeof value === 'string') ceHeaders[`ce-${name}`] = value;
    }
    const twin = normaliseCloudEvent({
      tenant: 'acme',
      headers: new Headers(ceHeaders),
      body: shortPickData(),
      receivedAt,
    });
    const original = normaliseCloudEvent({ ...structured(event), receivedAt });
    expect(original.kind).toBe('event');
    expect(twin).toEqual(original);
  });

  it('refuses a body that is no CloudEvent in either mode', () => {
    const plain = {
      tenant: 'acme',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: shortPickData(),
    };
    expect(normaliseCloudEvent(plain)).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^not a CloudEvent/),
    });
    expect(normaliseCloudEvent(binary({ 'content-type': 'application/xml' }, shortPickData()))).toMatchObject(
      { reason: 'datacontenttype: data must be JSON' },
    );
  });
});
