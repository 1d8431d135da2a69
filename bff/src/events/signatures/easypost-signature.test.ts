import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signEasyPost, verifyEasyPost } from './easypost-signature.js';

const SECRET = 'easypost-webhook-secret';
const body = Buffer.from('{"id":"evt_1","object":"Event","description":"tracker.updated"}');

describe('EasyPost X-Hmac-Signature', () => {
  it('signs hmac-sha256-hex=<hex HMAC of the body>', () => {
    const hex = createHmac('sha256', SECRET).update(body).digest('hex');
    expect(signEasyPost(SECRET, body)).toEqual({ 'x-hmac-signature': `hmac-sha256-hex=${hex}` });
  });

  it('accepts its own signature over the same bytes', () => {
    expect(verifyEasyPost(new Headers(signEasyPost(SECRET, body)), body, SECRET)).toBe(true);
  });

  it('NFKD-normalises the secret as EasyPost does', () => {
    // U+FB01 (the "fi" ligature) decomposes to "fi" under NFKD.
    const signedWithPlain = new Headers(signEasyPost('pro\u0066\u0069le-secret', body));
    expect(verifyEasyPost(signedWithPlain, body, 'pro\uFB01le-secret')).toBe(true);
  });

  it('rejects another secret, another body, no prefix, upper-case hex and base64', () => {
    const value = signEasyPost(SECRET, body)['x-hmac-signature'] ?? '';
    const hex = value.slice('hmac-sha256-hex='.length);
    const base64 = Buffer.from(hex, 'hex').toString('base64');
    expect(verifyEasyPost(new Headers({ 'x-hmac-signature': value }), body, 'wrong')).toBe(false);
    expect(verifyEasyPost(new Headers({ 'x-hmac-signature': value }), Buffer.from(`${body} `), SECRET)).toBe(
      false,
    );
    for (const variant of [hex, `hmac-sha256-hex=${hex.toUpperCase()}`, `hmac-sha256-hex=${base64}`, '']) {
      expect(verifyEasyPost(new Headers({ 'x-hmac-signature': variant }), body, SECRET)).toBe(false);
    }
    expect(verifyEasyPost(new Headers(), body, SECRET)).toBe(false);
  });
});
