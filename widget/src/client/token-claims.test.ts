import { describe, expect, it } from 'vitest';
import { claimsOf } from './token-claims.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown) => `${encode({ alg: 'HS256' })}.${encode(payload)}.signature`;

describe('claimsOf', () => {
  it('reads the agent id and roles from a JWT payload', () => {
    expect(claimsOf(jwt({ sub: 'agent-anna', roles: ['agent', 7] }))).toEqual({
      id: 'agent-anna',
      roles: ['agent'],
    });
  });

  it('decodes base64url payloads holding characters outside ASCII', () => {
    expect(claimsOf(jwt({ sub: 'agent-jürgen?>', roles: [] }))?.id).toBe('agent-jürgen?>');
  });

  it('answers null for anything that is not a token with a subject', () => {
    expect(claimsOf('opaque-token')).toBeNull();
    expect(claimsOf(jwt({ roles: ['agent'] }))).toBeNull();
    expect(claimsOf('a.%%%.c')).toBeNull();
  });
});
