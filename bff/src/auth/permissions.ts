import { ForbiddenError } from '../domain/errors.js';
import type { Role, Viewer } from './viewer.js';

/** What an agent can do to exceptions. Money actions join this list with their limits. */
export type ExceptionAction = 'acknowledge' | 'snooze' | 'resolve' | 'assign-self' | 'assign-others';

const ALLOWED: Record<Role, readonly ExceptionAction[]> = {
  viewer: [],
  agent: ['acknowledge', 'snooze', 'resolve', 'assign-self'],
  lead: ['acknowledge', 'snooze', 'resolve', 'assign-self', 'assign-others'],
  supervisor: ['acknowledge', 'snooze', 'resolve', 'assign-self', 'assign-others'],
};

/** Whether any of the viewer's roles allows the action; unknown roles allow nothing. */
export function can(viewer: Viewer, action: ExceptionAction): boolean {
  return viewer.roles.some((role) =>
    (ALLOWED as Record<string, readonly ExceptionAction[]>)[role]?.includes(action),
  );
}

/**
 * Throws FORBIDDEN unless the viewer may do the action; called before any write.
 * @example assertCan(ctx.viewer, 'resolve');
 */
export function assertCan(viewer: Viewer, action: ExceptionAction): void {
  if (!can(viewer, action))
    throw new ForbiddenError(`Your role may not ${action.replace('-', ' ')} exceptions.`);
}
