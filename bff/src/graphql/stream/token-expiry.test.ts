import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { endAt, tokenExpiry } from './token-expiry.js';

describe('tokenExpiry', () => {
  it('reads the exp of a bearer token in ms, and null when there is none', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(1_900_000_000)
      .sign(new TextEncoder().encode('secret'));
    expect(tokenExpiry(`Bearer ${token}`)).toBe(1_900_000_000_000);
    expect(tokenExpiry(undefined)).toBeNull();
    expect(tokenExpiry('Bearer not-a-jwt')).toBeNull();
  });
});

describe('endAt', () => {
  it('ends on a timer even when the time has passed, and not once cancelled', async () => {
    const ended: string[] = [];
    endAt(Date.now() - 1000, () => ended.push('past'));
    const cancel = endAt(Date.now() + 20, () => ended.push('cancelled'));
    endAt(Date.now() + 30, () => ended.push('soon'));
    expect(ended).toEqual([]);
    cancel();
    await new Promise((r) => setTimeout(r, 60));
    expect(ended).toEqual(['past', 'soon']);
  });

  it('waits past the longest delay a timer takes instead of firing at once', async () => {
    const ended: string[] = [];
    const cancel = endAt(Date.now() + 40 * 24 * 3600_000, () => ended.push('far'));
    await new Promise((r) => setTimeout(r, 20));
    expect(ended).toEqual([]);
    cancel();
  });
});
