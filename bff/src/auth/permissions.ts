import { ForbiddenError } from '../domain/errors.js';
import type { Role, Viewer } from './viewer.js';

/** What an agent can do to exceptions. Money actions join this list with their limits. */
export type ExceptionAction = 'acknowledge' | 'snooze' | 'resolve' | 'assign-self' | 'assign-others';

/** What a supervisor can do to the BFF's own records (the dead-letter list). */
export type AdminAction = 'manage-dead-letters';

export type Permission = ExceptionAction | AdminAction;

const ALLOWED: Record<Role, readonly Permission[]> = {
  viewer: [],
  agent: ['acknowledge', 'snooze', 'resolve', 'assign-self'],
  lead: ['acknowledge', 'snooze', 'resolve', 'assign-self', 'assign-others'],
  supervisor: ['acknowledge', 'snooze', 'resolve', 'assign-self', 'assign-others', 'manage-dead-letters'],
};

/** The permission in words, for the refusal: `may not snooze exceptions`. */
const doing = (permission: Permission): string =>
  permission === 'manage-dead-letters' ? 'manage dead letters' : `${permission.replace('-', ' ')} exceptions`;

/** Whether any of the viewer's roles allows the action; unknown roles allow nothing. */
export function can(viewer: Viewer, action: Permission): boolean {
  return viewer.roles.some((role) =>
    (ALLOWED as Record<string, readonly Permission[]>)[role]?.includes(action),
  );
}

/**
 * Throws FORBIDDEN unless the viewer may do the action; called before any write.
 * @example assertCan(ctx.viewer, 'resolve');
 */
export function assertCan(viewer: Viewer, action: Permission): void {
  if (!can(viewer, action)) throw new ForbiddenError(`Your role may not ${doing(action)}.`);
}

/**
 * The permission an assignment needs. Taking an exception for oneself, or letting go of one's own,
 * is `assign-self`; giving it to someone else, or taking or clearing one that someone else holds,
 * is `assign-others`. `current` is the assignee as stored when the change is made.
 * @example assertCan(viewer, assignmentAction(viewer, exception.assignee, agentId));
 */
export function assignmentAction(
  viewer: Viewer,
  current: string | null,
  next: string | null,
): 'assign-self' | 'assign-others' {
  const mine = (assignee: string | null) => assignee === null || assignee === viewer.id;
  return mine(current) && mine(next) ? 'assign-self' : 'assign-others';
}
