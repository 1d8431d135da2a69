import { describe, expect, it } from 'vitest';
import { normaliseCloudEvent } from './normalise-cloudevent.js';
import { shortPickData, structuredCloudEvent } from './webhook-fixtures.js';

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
        source: '/erp/acme',
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
      source: '/wms/acme-eu',
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

  it('requires the CloudEvents attributes, and a time to order events by', () => {
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ specversion: '0.3' })))).toMatchObject({
      reason: 'specversion: must be "1.0"',
    });
    expect(normaliseCloudEvent(structured(structuredCloudEvent({ time: undefined })))).toMatchObject({
      reason: expect.stringMatching(/^time: required/),
    });
    expect(normaliseCloudEvent(binary({ 'ce-id': '' }, shortPickData()))).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^ce-id: /),
    });
    expect(
      normaliseCloudEvent(structured(structuredCloudEvent({ data: undefined, data_base64: 'e30=' }))),
    ).toMatchObject({ kind: 'invalid' });
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
