import type { MiddlewareHandler } from 'hono';
import { DomainError, UnauthenticatedError } from '../domain/errors.js';
import type { TokenVerifier } from './verify-token.js';
import type { Viewer } from './viewer.js';

/** What `authenticate` leaves on the Hono context for the routes behind it. */
export type AuthEnv = { Variables: { viewer: Viewer } };

/**
 * The one place a request becomes a viewer: verifies the bearer token and sets `viewer` on the
 * context, or throws UNAUTHENTICATED for the app's error boundary to answer (GraphQL-shaped on the
 * GraphQL routes, `{ error: { code, message } }` elsewhere). Roles are checked later, through
 * `auth/permissions.ts`, by the route that knows what is being done.
 * @example app.use('/admin/*', authenticate(verifyToken));
 */
export function authenticate(verifyToken: TokenVerifier): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    let viewer: Viewer;
    try {
      viewer = await verifyToken(c.req.header('authorization'));
    } catch (error) {
      throw error instanceof DomainError ? error : new UnauthenticatedError();
    }
    c.set('viewer', viewer);
    await next();
  };
}
