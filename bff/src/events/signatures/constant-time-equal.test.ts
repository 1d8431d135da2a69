import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constant-time-equal.js';

describe('constantTimeEqual', () => {
  it('is true only for the identical string', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abd', 'abc')).toBe(false);
    expect(constantTimeEqual('ABC', 'abc')).toBe(false);
  });

  it('returns false instead of throwing on unequal lengths, and never matches empty', () => {
    expect(constantTimeEqual('ab', 'abc')).toBe(false);
    expect(constantTimeEqual('abcd', 'abc')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(false);
    // One character each, but 2 bytes against 1: the byte lengths are what must be compared.
    expect(constantTimeEqual('é', 'a')).toBe(false);
  });
});
