import { describe, expect, it } from 'vitest';
import { candidateKinds } from './order-ref.js';

describe('candidateKinds', () => {
  it('recognises the forms that name one kind only', () => {
    expect(candidateKinds('SO-1000123')).toEqual(['ERP_ORDER_NUMBER']);
    expect(candidateKinds(' so 1000123 ')).toEqual(['ERP_ORDER_NUMBER']);
    expect(candidateKinds('#SO-1000123')).toEqual(['ERP_ORDER_NUMBER']);
    expect(candidateKinds('WO-DE1-004812')).toEqual(['WMS_REFERENCE']);
    expect(candidateKinds('RMA-2000123')).toEqual(['RMA_NUMBER']);
    expect(candidateKinds('1Z999AA10123456784')).toEqual(['TRACKING_NUMBER']);
  });

  it('tries every plausible kind for bare digits and free-form references', () => {
    expect(candidateKinds('48213')).toEqual(expect.arrayContaining(['ERP_ORDER_NUMBER', 'TICKET_ID']));
    expect(candidateKinds('9400111899223197428490')).toContain('TRACKING_NUMBER');
    expect(candidateKinds('PO 4711/2026')).toEqual(
      expect.arrayContaining(['CUSTOMER_PO', 'CHANNEL_REFERENCE']),
    );
    expect(candidateKinds('#W-58213')).toEqual(expect.arrayContaining(['CHANNEL_REFERENCE']));
  });
});
