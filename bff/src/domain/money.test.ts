import { describe, expect, it } from 'vitest';
import { roundDecimal, sumDecimals, toMoney } from './money.js';

describe('toMoney', () => {
  it('rounds four-decimal ERP amounts to the currency minor units', () => {
    expect(toMoney('129.9000', 'EUR')).toEqual({ amount: '129.90', currency: 'EUR' });
    expect(toMoney('0.0050', 'usd')).toEqual({ amount: '0.01', currency: 'USD' });
    expect(toMoney('1500.0000', 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(toMoney('1.2345', 'KWD')).toEqual({ amount: '1.235', currency: 'KWD' });
  });

  it('keeps amounts exact where floating point would not', () => {
    expect(toMoney('0.1000', 'EUR').amount).toBe('0.10');
    expect(toMoney('1.0049', 'EUR').amount).toBe('1.00');
    expect(toMoney('9007199254740993.9950', 'EUR').amount).toBe('9007199254740994.00');
  });

  it('rounds negative amounts half away from zero', () => {
    expect(toMoney('-12.3450', 'EUR').amount).toBe('-12.35');
    expect(toMoney('-0.0010', 'EUR').amount).toBe('0.00');
  });

  it('throws on something that is not a decimal', () => {
    expect(() => roundDecimal('12,50', 2)).toThrow();
  });
});

describe('sumDecimals', () => {
  it('adds decimal strings exactly', () => {
    expect(sumDecimals(['0.1000', '0.2000', '10.5'])).toBe('10.8000');
    expect(sumDecimals([])).toBe('0');
  });
});
