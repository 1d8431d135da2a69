import { SignJWT } from 'jose';
import type { DemoAgent } from './demo-agents.js';

/**
 * Signs a short-lived HS256 token for an agent: the embedded default's stand-in for the desk's
 * identity provider, and the tests' way to act as anyone.
 * @example const token = await signToken(agent, { secret, issuer: 'orderlens', audience: 'orderlens-bff' });
 */
export async function signToken(
  agent: Pick<DemoAgent, 'id' | 'name' | 'tenant' | 'roles' | 'teams'>,
  options: { secret: string; issuer: string; audience: string; expiresIn?: string },
): Promise<string> {
  return new SignJWT({ tenant: agent.tenant, roles: agent.roles, teams: agent.teams, name: agent.name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(agent.id)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(options.secret));
}
