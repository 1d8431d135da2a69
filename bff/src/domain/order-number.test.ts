import { describe, expect, it } from 'vitest';
import { normaliseOrderNumber, toWmsClientOrderRef } from './order-number.js';

describe('normaliseOrderNumber', () => {
  it.each([
    ['SO-1000123'],
    ['so1000123'],
    ['SO 1000123'],
    ['#SO-1000123'],
    ['1000123'],
    ['0001000123'],
    ['  so-0001000123 '],
    ['#1000123'],
  ])('turns %j into SO-1000123', (input) => {
    expect(normaliseOrderNumber(input)).toBe('SO-1000123');
  });

  it.each([
    [''],
    ['SO-123'],
    ['12345678'],
    ['SO-1000123X'],
    ['PO 4711/2026'],
    ['WO-DE1-004812'],
    [null],
    [undefined],
  ])('answers null for %j', (input) => {
    expect(normaliseOrderNumber(input)).toBeNull();
  });
});

describe('toWmsClientOrderRef', () => {
  it('drops the prefix and pads to 10 digits', () => {
    expect(toWmsClientOrderRef('SO-1000123')).toBe('0001000123');
  });

  it('answers null for something that is not an order number', () => {
    expect(toWmsClientOrderRef('nope')).toBeNull();
  });
});
