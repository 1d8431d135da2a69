import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://www.dhl.de/track?id=1')).toBe('https://www.dhl.de/track?id=1');
    expect(safeHttpUrl('http://ups.com/x')).toBe('http://ups.com/x');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:text/html,hi'],
    ['//evil.example'],
    ['/relative'],
    [''],
    [null],
  ])('drops %j', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });
});
