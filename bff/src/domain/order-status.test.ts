import { describe, expect, it } from 'vitest';
import { erpOrderStatus, wmsOrderStatus, wmsStatusKind } from './order-status.js';

describe('erpOrderStatus', () => {
  it.each([
    ['DRAFT', 'PENDING'],
    ['OPEN', 'CONFIRMED'],
    ['HOLD_CREDIT', 'ON_HOLD'],
    ['HOLD_MANUAL', 'ON_HOLD'],
    ['RELEASED', 'IN_FULFILMENT'],
    ['PART_DELIVERED', 'PARTIALLY_SHIPPED'],
    ['DELIVERED', 'SHIPPED'],
    ['INVOICED', 'COMPLETED'],
    ['CANCELLED', 'CANCELLED'],
  ])('maps %s to %s', (code, status) => {
    expect(erpOrderStatus(code)).toBe(status);
  });

  it('falls back by name for unknown future codes', () => {
    expect(erpOrderStatus('HOLD_EXPORT')).toBe('ON_HOLD');
    expect(erpOrderStatus('CANCEL_PENDING')).toBe('CANCELLED');
    expect(erpOrderStatus('QUARANTINED')).toBe('CONFIRMED');
  });
});

describe('wmsOrderStatus', () => {
  it.each([
    [100, 'CONFIRMED'],
    [130, 'IN_FULFILMENT'],
    [175, 'IN_FULFILMENT'],
    [190, 'PARTIALLY_SHIPPED'],
    [200, 'SHIPPED'],
    [250, 'DELIVERED'],
    [800, 'ON_HOLD'],
    [900, 'CANCELLED'],
  ])('maps %i to %s', (code, status) => {
    expect(wmsOrderStatus(code)).toBe(status);
  });

  it('falls back to the family by hundreds for an unknown code', () => {
    expect(wmsOrderStatus(185)).toBe('IN_FULFILMENT');
    expect(wmsOrderStatus(220)).toBe('SHIPPED');
    expect(wmsOrderStatus(810)).toBe('ON_HOLD');
    expect(wmsOrderStatus(999)).toBe('CANCELLED');
    expect(wmsOrderStatus(450)).toBe('IN_FULFILMENT');
  });

  it('names timeline kinds after the code, generically when unknown', () => {
    expect(wmsStatusKind(150)).toBe('fulfilment.allocated');
    expect(wmsStatusKind(185)).toBe('fulfilment.status_changed');
  });
});
