import { describe, expect, it } from 'vitest';
import { decodeOrderCursor, encodeOrderCursor, fetchOrderPage } from './order-cursor.js';

describe('order cursors', () => {
  it('round-trip a position and reject anything else', () => {
    expect(decodeOrderCursor(encodeOrderCursor({ from: 'abc', skip: 3 }))).toEqual({ from: 'abc', skip: 3 });
    expect(decodeOrderCursor(null)).toEqual({ from: '', skip: 0 });
    for (const bad of [
      'x',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["a",-1]').toString('base64url'),
    ]) {
      expect(() => decodeOrderCursor(bad)).toThrow(/cursor/);
    }
  });

  it('skips into an upstream page and reports what is left of it', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ number: `SO-${i}` }) as never);
    const page = await fetchOrderPage({ from: 'p1', skip: 2 }, 2, async ({ first, after }) => {
      expect({ first, after }).toEqual({ first: 4, after: 'p1' });
      return { items: items.slice(0, first), next: 'p2' };
    });
    expect(page.items.map((o: any) => o.number)).toEqual(['SO-2', 'SO-3']);
    expect(page).toMatchObject({ from: 'p1', skipped: 2, next: 'p2', rest: 0 });
  });
});
