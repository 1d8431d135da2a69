import { describe, expect, it } from 'vitest';
import { zendeskCasePriority, zendeskCaseStatus } from './case-status.js';

describe('zendeskCaseStatus', () => {
  it('maps every Zendesk status and treats an unknown one as open', () => {
    expect(['new', 'open', 'pending', 'hold', 'solved', 'closed', 'archived'].map(zendeskCaseStatus)).toEqual(
      ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED', 'OPEN'],
    );
  });
});

describe('zendeskCasePriority', () => {
  it('keeps no priority as null and reads an unknown one as normal', () => {
    expect([null, 'low', 'normal', 'high', 'urgent', 'critical'].map(zendeskCasePriority)).toEqual([
      null,
      'LOW',
      'NORMAL',
      'HIGH',
      'URGENT',
      'NORMAL',
    ]);
  });
});
