import { describe, expect, it } from 'vitest';
import type { OrderException } from '../client/exception-types.js';
import { applyChange, handlingOrder, inboxOrder, matchesFilter } from './exception-list.js';

function exception(overrides: Partial<OrderException> = {}): OrderException {
  return {
    id: 'e1',
    type: 'SHORT_PICK',
    severity: 'HIGH',
    status: 'OPEN',
    subjectKind: 'ORDER',
    subjectId: 'SO-1000001',
    orderNumber: 'SO-1000001',
    summary: 'Short',
    dueAt: '2026-11-02T12:00:00.000Z',
    openedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    resolvedAt: null,
    assignee: null,
    snoozedUntil: null,
    ...overrides,
  };
}

const ids = (list: readonly OrderException[]) => list.map((e) => e.id);

describe('inboxOrder', () => {
  it('puts the most severe first, then the oldest', () => {
    const list = [
      exception({ id: 'low', severity: 'LOW' }),
      exception({ id: 'high-new', openedAt: '2026-11-01T11:00:00.000Z' }),
      exception({ id: 'critical', severity: 'CRITICAL', openedAt: '2026-11-01T12:00:00.000Z' }),
      exception({ id: 'high-old', openedAt: '2026-11-01T09:00:00.000Z' }),
    ];
    expect(ids(list.sort(inboxOrder))).toEqual(['critical', 'high-old', 'high-new', 'low']);
  });

  it('puts resolved exceptions last in the order panel', () => {
    const list = [
      exception({ id: 'done', severity: 'CRITICAL', status: 'RESOLVED' }),
      exception({ id: 'open' }),
    ];
    expect(ids(list.sort(handlingOrder))).toEqual(['open', 'done']);
  });
});

describe('matchesFilter', () => {
  it('shows unresolved exceptions when the filter names no status', () => {
    expect(matchesFilter(exception({ status: 'SNOOZED' }), {}, null)).toBe(true);
    expect(matchesFilter(exception({ status: 'RESOLVED' }), {}, null)).toBe(false);
    expect(matchesFilter(exception({ status: 'RESOLVED' }), { status: ['RESOLVED'] }, null)).toBe(true);
  });

  it('keeps "assigned to me" to the viewer’s own exceptions', () => {
    const mine = exception({ assignee: 'agent-anna' });
    expect(matchesFilter(mine, { assignedToMe: true }, 'agent-anna')).toBe(true);
    expect(matchesFilter(mine, { assignedToMe: true }, 'lead-lukas')).toBe(false);
    expect(matchesFilter(exception(), { assignedToMe: true }, null)).toBe(false);
  });

  it('filters by severity and type', () => {
    expect(matchesFilter(exception(), { severity: ['CRITICAL'] }, null)).toBe(false);
    expect(matchesFilter(exception(), { type: ['SHORT_PICK', 'LOST'] }, null)).toBe(true);
  });
});

describe('applyChange', () => {
  const a = exception({ id: 'a', severity: 'CRITICAL' });
  const b = exception({ id: 'b', severity: 'MEDIUM' });

  it('inserts a new exception where the order puts it', () => {
    const items = applyChange({ items: [a, b], hasNextPage: false }, exception({ id: 'n' }), {}, null);
    expect(ids(items)).toEqual(['a', 'n', 'b']);
  });

  it('removes an exception that no longer matches, such as one just acknowledged under "open"', () => {
    const acknowledged = { ...a, status: 'ACKNOWLEDGED' as const, updatedAt: '2026-11-01T10:05:00.000Z' };
    const items = applyChange(
      { items: [a, b], hasNextPage: false },
      acknowledged,
      { status: ['OPEN'] },
      null,
    );
    expect(ids(items)).toEqual(['b']);
  });

  it('replaces an exception in place and re-sorts it when its severity changes', () => {
    const raised = {
      ...b,
      severity: 'CRITICAL' as const,
      openedAt: '2026-10-31T00:00:00.000Z',
      updatedAt: '2026-11-01T11:00:00.000Z',
    };
    const items = applyChange({ items: [a, b], hasNextPage: false }, raised, {}, null);
    expect(ids(items)).toEqual(['b', 'a']);
    expect(items[0]!.severity).toBe('CRITICAL');
  });

  it('ignores a version older than the one shown', () => {
    const shown = { ...a, status: 'ACKNOWLEDGED' as const, updatedAt: '2026-11-01T12:00:00.000Z' };
    const items = applyChange({ items: [shown], hasNextPage: false }, a, {}, null);
    expect(items[0]!.status).toBe('ACKNOWLEDGED');
  });

  it('leaves a newcomer that sorts after the last loaded row to a later page', () => {
    const low = exception({ id: 'low', severity: 'LOW' });
    expect(ids(applyChange({ items: [a, b], hasNextPage: true }, low, {}, null))).toEqual(['a', 'b']);
    expect(ids(applyChange({ items: [a, b], hasNextPage: false }, low, {}, null))).toEqual(['a', 'b', 'low']);
  });
});
