import { describe, expect, it } from 'vitest';
import { sumMoney } from './sum-money.js';

describe('sumMoney', () => {
  it('adds decimal strings exactly', () => {
    const m = (amount: string) => ({ amount, currency: 'EUR' });
    expect(sumMoney([m('0.10'), m('0.20')], 'EUR')).toEqual(m('0.30'));
    expect(sumMoney([m('129.90'), m('-29.95'), m('1')], 'EUR')).toEqual(m('100.95'));
    expect(sumMoney([], 'USD')).toEqual({ amount: '0.00', currency: 'USD' });
  });

  it('refuses to add different currencies', () => {
    expect(() => sumMoney([{ amount: '1.00', currency: 'USD' }], 'EUR')).toThrow(/USD/);
  });
});
