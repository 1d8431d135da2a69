import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAfterShip, verifyAfterShip } from './aftership-signature.js';

const SECRET = 'aftership-webhook-secret';
const body = Buffer.from('{"event_id":"e1","event":"tracking_update","msg":{}}');

describe('AfterShip aftership-hmac-sha256', () => {
  it('signs the base64 HMAC of the body', () => {
    const expected = createHmac('sha256', SECRET).update(body).digest('base64');
    expect(signAfterShip(SECRET, body)).toEqual({ 'aftership-hmac-sha256': expected });
  });

  it('accepts its own signature under any header-name case', () => {
    const value = signAfterShip(SECRET, body)['aftership-hmac-sha256'] ?? '';
    expect(verifyAfterShip(new Headers({ 'Aftership-Hmac-Sha256': value }), body, SECRET)).toBe(true);
  });

  it('rejects another secret, another body, hex, unpadded base64 and a missing header', () => {
    const value = signAfterShip(SECRET, body)['aftership-hmac-sha256'] ?? '';
    const hex = Buffer.from(value, 'base64').toString('hex');
    expect(verifyAfterShip(new Headers({ 'aftership-hmac-sha256': value }), body, 'wrong')).toBe(false);
    expect(verifyAfterShip(new Headers({ 'aftership-hmac-sha256': value }), Buffer.from('{}'), SECRET)).toBe(
      false,
    );
    for (const variant of [hex, value.replace(/=+$/, ''), '']) {
      expect(verifyAfterShip(new Headers({ 'aftership-hmac-sha256': variant }), body, SECRET)).toBe(false);
    }
    expect(verifyAfterShip(new Headers(), body, SECRET)).toBe(false);
  });
});
