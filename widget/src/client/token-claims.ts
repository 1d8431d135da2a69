import type { ViewerClaims } from './bff-client.js';

/**
 * The agent id (`sub`) and roles a JWT carries, read without verifying it: the widget only needs
 * to know who "me" is (assign to me, "assigned to you"); the BFF verifies every request.
 * @example claimsOf(token)?.id // 'agent-anna'
 */
export function claimsOf(token: string): ViewerClaims | null {
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json) as { sub?: unknown; roles?: unknown };
    if (typeof claims.sub !== 'string') return null;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r) => typeof r === 'string') : [];
    return { id: claims.sub, roles };
  } catch {
    return null;
  }
}
