import { describe, expect, it } from 'vitest';
import { createVerifiedTokens } from './verified-tokens.js';

const viewer = { id: 'agent-anna', name: 'Anna', tenant: 'acme', roles: ['agent'], teams: ['eu'] };

describe('createVerifiedTokens', () => {
  it('trusts a verified token until its exp or its maximum age, whichever comes first', () => {
    let now = 1_000_000;
    const verified = createVerifiedTokens({ maxAgeMs: 60_000, now: () => now });
    verified.remember('short', viewer, (now + 10_000) / 1000);
    verified.remember('long', viewer, (now + 3_600_000) / 1000);
    expect(verified.get('short')).toEqual(viewer);
    now += 10_000;
    expect(verified.get('short')).toBeUndefined();
    expect(verified.get('long')).toEqual(viewer);
    now += 50_000;
    expect(verified.get('long')).toBeUndefined();
    expect(verified.get('never-seen')).toBeUndefined();
  });

  it('keeps at most maxEntries, forgetting the oldest, and hands out viewers nobody can change', () => {
    const verified = createVerifiedTokens({ maxEntries: 2 });
    const exp = Date.now() / 1000 + 600;
    const first = verified.remember('a', viewer, exp);
    verified.remember('b', viewer, exp);
    verified.remember('c', viewer, exp);
    expect(verified.get('a')).toBeUndefined();
    expect(verified.get('c')).toEqual(viewer);
    expect(() => (first.roles as string[]).push('supervisor')).toThrow();
    expect(() => Object.assign(first, { tenant: 'globex' })).toThrow();
  });
});
