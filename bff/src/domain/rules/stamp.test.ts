import { describe, expect, it } from 'vitest';
import { earliest, happenedAfter, isNewer, latest } from './stamp.js';
import { deadline } from './time.js';

const a = { at: '2026-11-02T08:00:00.000Z', ev: 'wms:a' };
const b = { at: '2026-11-02T08:00:00.000Z', ev: 'wms:b' };
const c = { at: '2026-11-02T09:00:00.000Z', ev: 'wms:0' };

describe('stamp', () => {
  it('orders stamps by time, then by event key, so equal-time events have one winner', () => {
    expect(isNewer(c, b)).toBe(true);
    expect(isNewer(b, a)).toBe(true);
    expect(isNewer(a, b)).toBe(false);
    expect(latest(latest(null, a), b)).toBe(b);
    expect(latest(latest(null, b), a)).toBe(b);
  });

  it('keeps what it has when the same fact is applied again', () => {
    expect(latest(a, { ...a })).toBe(a);
    expect(earliest(a, { ...a })).toBe(a);
    expect(earliest(c, a)).toBe(a);
  });

  it('counts a different fact as later only when it happened strictly later', () => {
    expect(happenedAfter(b, a)).toBe(false);
    expect(happenedAfter(c, a)).toBe(true);
    expect(happenedAfter(null, a)).toBe(false);
  });

  it('compares instants written in different offsets by the moment they name', () => {
    expect(
      isNewer({ at: '2026-11-02T10:30:00+02:00', ev: 'x' }, { at: '2026-11-02T08:00:00Z', ev: 'y' }),
    ).toBe(true);
  });
});

describe('deadline', () => {
  it('ends a bare date at the following midnight and keeps an instant as it is', () => {
    expect(new Date(deadline('2026-11-03')).toISOString()).toBe('2026-11-04T00:00:00.000Z');
    expect(new Date(deadline('2026-11-03T12:00:00Z')).toISOString()).toBe('2026-11-03T12:00:00.000Z');
  });
});
