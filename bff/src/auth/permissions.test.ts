import { describe, expect, it } from 'vitest';
import { assertCan, assignmentAction, can } from './permissions.js';

const viewer = (roles: string[]) => ({ id: 'a', name: null, tenant: 't', roles, teams: [] });

describe('permissions', () => {
  it('holds the role matrix', () => {
    expect(can(viewer(['viewer']), 'acknowledge')).toBe(false);
    expect(can(viewer(['agent']), 'resolve')).toBe(true);
    expect(can(viewer(['agent']), 'assign-others')).toBe(false);
    expect(can(viewer(['agent', 'lead']), 'assign-others')).toBe(true);
    expect(can(viewer(['supervisor']), 'snooze')).toBe(true);
    expect(can(viewer(['admin-ish']), 'acknowledge')).toBe(false);
  });

  it('lets only supervisors manage dead letters', () => {
    expect(can(viewer(['supervisor']), 'manage-dead-letters')).toBe(true);
    for (const role of ['viewer', 'agent', 'lead'])
      expect(can(viewer([role]), 'manage-dead-letters'), role).toBe(false);
    expect(() => assertCan(viewer(['lead']), 'manage-dead-letters')).toThrow(
      'Your role may not manage dead letters.',
    );
  });

  it('throws FORBIDDEN for a forbidden action', () => {
    expect(() => assertCan(viewer(['viewer']), 'resolve')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('asks assign-others for taking over, clearing or giving away what is not the viewer’s own', () => {
    const anna = { ...viewer(['agent']), id: 'anna' };
    const cases: [string | null, string | null, string][] = [
      [null, 'anna', 'assign-self'], // take an unassigned one
      ['anna', null, 'assign-self'], // let go of one's own
      ['anna', 'anna', 'assign-self'],
      [null, null, 'assign-self'],
      ['lukas', 'anna', 'assign-others'], // take over
      ['lukas', null, 'assign-others'], // clear someone else's
      ['lukas', 'lukas', 'assign-others'],
      [null, 'lukas', 'assign-others'], // give to someone else
      ['anna', 'lukas', 'assign-others'],
    ];
    for (const [current, next, action] of cases)
      expect(assignmentAction(anna, current, next), `${current} → ${next}`).toBe(action);
  });
});
