import { describe, expect, it } from 'vitest';
import { createDownSince, failedSystems } from './system-problems.js';

const error = (system: string, code = 'UPSTREAM_UNAVAILABLE') => ({
  message: 'x',
  extensions: { code, system },
});

describe('failedSystems', () => {
  it('names each failed system once, with its code', () => {
    const failed = failedSystems([
      error('WMS', 'UPSTREAM_TIMEOUT'),
      error('WMS'),
      error('CRM'),
      { message: 'other' },
    ]);
    expect([...failed]).toEqual([
      ['WMS', 'UPSTREAM_TIMEOUT'],
      ['CRM', 'UPSTREAM_UNAVAILABLE'],
    ]);
  });

  it('ignores systems it does not know', () => {
    expect(failedSystems([error('MAINFRAME')]).size).toBe(0);
  });
});

describe('createDownSince', () => {
  it('keeps the first failure time while a system stays down and forgets it once it answers', () => {
    const since = createDownSince();
    const t1 = new Date('2026-11-01T10:00:00Z');
    const t2 = new Date('2026-11-01T10:05:00Z');
    expect(since.update(new Map([['WMS', 'UPSTREAM_UNAVAILABLE']]), t1)[0]?.since).toBe(t1.toISOString());
    expect(since.update(new Map([['WMS', 'UPSTREAM_UNAVAILABLE']]), t2)[0]?.since).toBe(t1.toISOString());
    expect(since.update(new Map(), t2)).toEqual([]);
    expect(since.update(new Map([['WMS', 'UPSTREAM_UNAVAILABLE']]), t2)[0]?.since).toBe(t2.toISOString());
  });

  it('does not clear a system the request did not ask', () => {
    const since = createDownSince();
    const t1 = new Date('2026-11-01T10:00:00Z');
    since.update(new Map([['CRM', 'UPSTREAM_UNAVAILABLE']]), t1);
    since.update(new Map(), new Date('2026-11-01T10:01:00Z'), ['ERP']);
    expect(since.update(new Map([['CRM', 'UPSTREAM_UNAVAILABLE']]), new Date())[0]?.since).toBe(
      t1.toISOString(),
    );
  });
});
