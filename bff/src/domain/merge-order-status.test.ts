import { describe, expect, it } from 'vitest';
import { mergeOrderStatus } from './merge-order-status.js';

describe('mergeOrderStatus', () => {
  it('lets the ERP decide holds, cancellation and completion', () => {
    expect(mergeOrderStatus('ON_HOLD', 'SHIPPED')).toBe('ON_HOLD');
    expect(mergeOrderStatus('CANCELLED', 'IN_FULFILMENT')).toBe('CANCELLED');
    expect(mergeOrderStatus('COMPLETED', 'SHIPPED')).toBe('COMPLETED');
  });

  it('takes the system that has seen the order further along', () => {
    expect(mergeOrderStatus('CONFIRMED', 'PARTIALLY_SHIPPED')).toBe('PARTIALLY_SHIPPED');
    expect(mergeOrderStatus('SHIPPED', 'IN_FULFILMENT')).toBe('SHIPPED');
    expect(mergeOrderStatus('IN_FULFILMENT', null)).toBe('IN_FULFILMENT');
    expect(mergeOrderStatus('CONFIRMED', 'ON_HOLD')).toBe('CONFIRMED');
  });
});
