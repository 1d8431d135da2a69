import { describe, expect, it } from 'vitest';
import { assertCan, can } from './permissions.js';

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

  it('throws FORBIDDEN for a forbidden action', () => {
    expect(() => assertCan(viewer(['viewer']), 'resolve')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
