const HOUR = 3_600_000;

export type SnoozePreset = 'hour' | 'fourHours' | 'tomorrow';
export const SNOOZE_PRESETS: readonly SnoozePreset[] = ['hour', 'fourHours', 'tomorrow'];

/**
 * When a preset ends, as ISO 8601: in one or four hours, or at 8:00 tomorrow in the agent's time
 * zone, the start of their next working day.
 * @example snoozeUntil('tomorrow', new Date('2026-11-04T15:00:00+01:00')) // 2026-11-05T07:00:00.000Z
 */
export function snoozeUntil(preset: SnoozePreset, now = new Date()): string {
  if (preset === 'hour') return new Date(now.getTime() + HOUR).toISOString();
  if (preset === 'fourHours') return new Date(now.getTime() + 4 * HOUR).toISOString();
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(8, 0, 0, 0);
  return tomorrow.toISOString();
}
