import { describe, expect, it } from 'vitest';
import { cloudEventHeaderBlock, signCloudEvent, verifyCloudEvent } from './cloudevents-signature.js';
import { signOrderlens } from './orderlens-signature.js';

const SECRET = 'cloudevents-secret';
const NOW = Date.parse('2026-11-02T08:00:00Z');
const body = Buffer.from(
  '{"orderNumber":"SO-1000123","lineNumber":20,"sku":"X","shortQuantity":4,"reason":"STOCKOUT"}',
);
const ce = {
  'ce-specversion': '1.0',
  'ce-id': 'e1',
  'ce-source': '/wms/acme-eu',
  'ce-type': 'orderlens.wms.short_pick',
  'ce-time': '2026-11-02T08:00:00Z',
};

describe('CloudEvents Orderlens-Signature', () => {
  it('is exactly our scheme in structured mode', () => {
    expect(signCloudEvent(SECRET, body, { 'content-type': 'application/cloudevents+json' }, NOW)).toEqual(
      signOrderlens(SECRET, body, NOW),
    );
  });

  it('signs the ce-* headers, sorted and lower-cased, ahead of the body in binary mode', () => {
    expect(cloudEventHeaderBlock({ 'CE-Type': 't', 'ce-id': 'e1', 'content-type': 'application/json' })).toBe(
      'ce-id:e1\nce-type:t\n\n',
    );
    const headers = new Headers({
      'content-type': 'application/json',
      ...ce,
      ...signCloudEvent(SECRET, body, ce, NOW),
    });
    expect(verifyCloudEvent(headers, body, SECRET, NOW)).toBe(true);
  });

  it('rejects a binary event whose id, type or source was changed, or that gained a ce-* header', () => {
    const signature = signCloudEvent(SECRET, body, ce, NOW);
    const changes: Record<string, string>[] = [
      { 'ce-id': 'e2' },
      { 'ce-type': 'orderlens.wms.backorder' },
      { 'ce-source': '/erp' },
      { 'ce-subject': 'x' },
    ];
    for (const change of changes) {
      const headers = new Headers({ ...ce, ...change, ...signature });
      expect(verifyCloudEvent(headers, body, SECRET, NOW)).toBe(false);
    }
  });

  it('rejects a stale timestamp and another secret', () => {
    const stale = new Headers({ ...ce, ...signCloudEvent(SECRET, body, ce, NOW - 301_000) });
    expect(verifyCloudEvent(stale, body, SECRET, NOW)).toBe(false);
    const fresh = new Headers({ ...ce, ...signCloudEvent(SECRET, body, ce, NOW) });
    expect(verifyCloudEvent(fresh, body, 'wrong', NOW)).toBe(false);
  });
});
