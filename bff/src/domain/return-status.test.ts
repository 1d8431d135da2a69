import { describe, expect, it } from 'vitest';
import { erpReturnDisposition, erpReturnStatus } from './return-status.js';

describe('erpReturnStatus', () => {
  it('maps every ERP RMA status and falls back to REQUESTED for an unknown one', () => {
    expect(
      ['REQ', 'AUTH', 'TRANSIT', 'RCVD', 'INSP', 'CRED', 'REJ', 'CANC', 'ESCALATED'].map(erpReturnStatus),
    ).toEqual([
      'REQUESTED',
      'AUTHORIZED',
      'IN_TRANSIT',
      'RECEIVED',
      'INSPECTED',
      'CREDITED',
      'REJECTED',
      'CANCELLED',
      'REQUESTED',
    ]);
  });
});

describe('erpReturnDisposition', () => {
  it('maps scrap to discard and an empty or unknown disposition to pending', () => {
    expect(['RESTOCK', 'REPAIR', 'SCRAP', 'SALVAGE', '', 'DONATE'].map(erpReturnDisposition)).toEqual([
      'RESTOCK',
      'REPAIR',
      'DISCARD',
      'SALVAGE',
      'PENDING',
      'PENDING',
    ]);
    expect(erpReturnDisposition(null)).toBe('PENDING');
  });
});
