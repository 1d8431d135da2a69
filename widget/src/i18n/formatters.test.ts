import { describe, expect, it } from 'vitest';
import { createFormatters } from './formatters.js';

describe('createFormatters', () => {
  const now = () => Date.parse('2026-11-01T12:00:00Z');

  it('formats money from decimal strings in the locale, without float rounding', () => {
    expect(createFormatters('de-DE', now).money({ amount: '1234.50', currency: 'EUR' })).toBe(
      '1.234,50\u00a0€',
    );
    expect(createFormatters('en-US', now).money({ amount: '1234.50', currency: 'USD' })).toBe('$1,234.50');
    expect(createFormatters('en-US', now).money({ amount: '12345678901234567.89', currency: 'USD' })).toBe(
      '$12,345,678,901,234,567.89',
    );
  });

  it('says recent times relatively and older ones as dates', () => {
    const en = createFormatters('en-US', now);
    expect(en.ago('2026-11-01T09:00:00Z')).toBe('3 hr. ago');
    expect(en.ago('2026-10-31T12:00:00Z')).toBe('yesterday');
    expect(en.ago('2026-08-01T12:00:00Z')).toBe('Aug 1, 2026');
    expect(createFormatters('de-DE', now).ago('2026-10-31T12:00:00Z')).toBe('gestern');
  });

  it('reads bare dates as that calendar day in any time zone', () => {
    expect(createFormatters('en-US', now).date('2026-11-12')).toBe('Nov 12, 2026');
  });
});
