import { describe, expect, it } from 'vitest';
import { erpTimestamp } from '../wire-time.js';
import { toErpTimestamp } from './to-erp-timestamp.js';

describe('toErpTimestamp', () => {
  it('writes an instant in UTC whole seconds, the way the ERP reads it back', () => {
    expect(toErpTimestamp('2026-10-31T00:00:00.750Z')).toBe('20261031000000');
    expect(toErpTimestamp('2026-10-31T01:30:05+02:00')).toBe('20261030233005');
    expect(erpTimestamp(toErpTimestamp('2026-02-03T04:05:06Z'))).toBe('2026-02-03T04:05:06.000Z');
  });

  it('refuses what is no instant', () => {
    expect(() => toErpTimestamp('soon')).toThrow('Not a timestamp');
  });
});
