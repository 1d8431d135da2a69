import { describe, expect, it } from 'vitest';
import { snoozeUntil } from './snooze-presets.js';

describe('snoozeUntil', () => {
  const now = new Date('2026-11-04T14:30:00.000Z');

  it('snoozes for one or four hours from now', () => {
    expect(snoozeUntil('hour', now)).toBe('2026-11-04T15:30:00.000Z');
    expect(snoozeUntil('fourHours', now)).toBe('2026-11-04T18:30:00.000Z');
  });

  it('snoozes until 8:00 tomorrow in the agent’s time zone', () => {
    const until = new Date(snoozeUntil('tomorrow', now));
    expect(until.getDate()).toBe(new Date(now.getTime() + 86_400_000).getDate());
    expect([until.getHours(), until.getMinutes()]).toEqual([8, 0]);
  });
});
