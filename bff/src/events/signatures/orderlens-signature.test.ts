import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signOrderlens, verifyOrderlens } from './orderlens-signature.js';

const SECRET = 'wms-webhook-secret';
const NOW = Date.parse('2026-11-02T08:00:00Z');
const body = Buffer.from('{"id":"wev-1","type":"order.held"}');
const headersOf = (h: Record<string, string>) => new Headers(h);

describe('Orderlens-Signature', () => {
  it('signs t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">', () => {
    const t = NOW / 1000;
    const expected = createHmac('sha256', SECRET).update(`${t}.`).update(body).digest('hex');
    expect(signOrderlens(SECRET, body, NOW)).toEqual({ 'orderlens-signature': `t=${t},v1=${expected}` });
  });

  it('accepts its own signature over the same bytes', () => {
    expect(verifyOrderlens(headersOf(signOrderlens(SECRET, body, NOW)), body, SECRET, NOW)).toBe(true);
  });

  it('accepts a timestamp up to 300 s away either way and rejects 301 s', () => {
    const signed = (offsetS: number) => headersOf(signOrderlens(SECRET, body, NOW + offsetS * 1000));
    expect(verifyOrderlens(signed(300), body, SECRET, NOW)).toBe(true);
    expect(verifyOrderlens(signed(-300), body, SECRET, NOW)).toBe(true);
    expect(verifyOrderlens(signed(301), body, SECRET, NOW)).toBe(false);
    expect(verifyOrderlens(signed(-301), body, SECRET, NOW)).toBe(false);
  });

  it('rejects another secret, another body, and a missing or empty header', () => {
    const headers = headersOf(signOrderlens(SECRET, body, NOW));
    expect(verifyOrderlens(headers, body, 'other-secret', NOW)).toBe(false);
    expect(verifyOrderlens(headers, Buffer.from('{"id":"wev-2","type":"order.held"}'), SECRET, NOW)).toBe(
      false,
    );
    expect(verifyOrderlens(new Headers(), body, SECRET, NOW)).toBe(false);
    expect(verifyOrderlens(headersOf({ 'orderlens-signature': '' }), body, SECRET, NOW)).toBe(false);
    expect(verifyOrderlens(headers, body, '', NOW)).toBe(false);
  });

  it('rejects any header but exactly one t and one lowercase hex v1', () => {
    const value = signOrderlens(SECRET, body, NOW)['orderlens-signature'] ?? '';
    for (const variant of [
      value.toUpperCase(),
      `${value},v1=${'0'.repeat(64)}`,
      `${value},v0=1`,
      value.replace(',', ', '),
      `v1=${value.split('v1=')[1]},t=${NOW / 1000}`,
    ]) {
      expect(verifyOrderlens(headersOf({ 'orderlens-signature': variant }), body, SECRET, NOW)).toBe(false);
    }
  });
});
