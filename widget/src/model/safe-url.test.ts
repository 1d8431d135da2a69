import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url.js';

describe('safeHref', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHref('https://www.fedex.com/fedextrack/?trknbr=1')).toBe(
      'https://www.fedex.com/fedextrack/?trknbr=1',
    );
    expect(safeHref('http://acme.example/t/1')).toBe('http://acme.example/t/1');
  });

  it('drops script, data and relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      '/relative',
      'vbscript:x',
      '',
    ]) {
      expect(safeHref(url)).toBeUndefined();
    }
    expect(safeHref(null)).toBeUndefined();
  });
});
