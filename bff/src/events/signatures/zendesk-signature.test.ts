import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signZendesk, verifyZendesk } from './zendesk-signature.js';

const SECRET = 'dGhpcy1pcy1hLXplbmRlc2stc2lnbmluZy1zZWNyZXQ';
const NOW = Date.parse('2026-11-03T12:00:00Z');
const body = Buffer.from('{"type":"zen:event-type:ticket.status_changed","id":"01J"}');

describe('Zendesk X-Zendesk-Webhook-Signature', () => {
  it('signs base64 HMAC of timestamp + body, with an ISO 8601 timestamp', () => {
    const timestamp = '2026-11-03T12:00:00Z';
    const expected = createHmac('sha256', SECRET)
      .update(timestamp + body.toString())
      .digest('base64');
    expect(signZendesk(SECRET, body, NOW)).toEqual({
      'x-zendesk-webhook-signature': expected,
      'x-zendesk-webhook-signature-timestamp': timestamp,
    });
  });

  it('accepts its own signature, within 300 s either way, and rejects 301 s', () => {
    const signed = (offsetS: number) => new Headers(signZendesk(SECRET, body, NOW + offsetS * 1000));
    expect(verifyZendesk(signed(0), body, SECRET, NOW)).toBe(true);
    expect(verifyZendesk(signed(300), body, SECRET, NOW)).toBe(true);
    expect(verifyZendesk(signed(-300), body, SECRET, NOW)).toBe(true);
    expect(verifyZendesk(signed(301), body, SECRET, NOW)).toBe(false);
    expect(verifyZendesk(signed(-301), body, SECRET, NOW)).toBe(false);
  });

  it('rejects a changed timestamp, another secret, hex, and missing headers', () => {
    const h = signZendesk(SECRET, body, NOW);
    const signature = h['x-zendesk-webhook-signature'] ?? '';
    const timestamp = h['x-zendesk-webhook-signature-timestamp'] ?? '';
    const with_ = (s: string, t: string | null) =>
      new Headers({
        'x-zendesk-webhook-signature': s,
        ...(t === null ? {} : { 'x-zendesk-webhook-signature-timestamp': t }),
      });
    expect(verifyZendesk(with_(signature, '2026-11-03T12:00:01Z'), body, SECRET, NOW)).toBe(false);
    expect(verifyZendesk(with_(signature, String(NOW / 1000)), body, SECRET, NOW)).toBe(false);
    expect(verifyZendesk(with_(signature, timestamp), body, 'wrong', NOW)).toBe(false);
    expect(
      verifyZendesk(with_(Buffer.from(signature, 'base64').toString('hex'), timestamp), body, SECRET, NOW),
    ).toBe(false);
    expect(verifyZendesk(with_(signature, null), body, SECRET, NOW)).toBe(false);
    expect(
      verifyZendesk(new Headers({ 'x-zendesk-webhook-signature-timestamp': timestamp }), body, SECRET, NOW),
    ).toBe(false);
  });
});
