import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { DomainError, UnauthenticatedError, UnavailableError, UpstreamError } from '../domain/errors.js';
import { respondWithError } from './error-response.js';

/** One route that throws `error`, behind the boundary alone. */
const answer = (error: unknown) =>
  new Hono()
    .onError(respondWithError)
    .get('/x', () => {
      throw error;
    })
    .request('/x');

describe('respondWithError', () => {
  it('answers a domain error as { error: { code, message } } with its code’s status', async () => {
    const res = await answer(new DomainError('PAYLOAD_TOO_LARGE', 'Too big.'));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Too big.' } });
  });

  it('challenges a missing bearer token with WWW-Authenticate: Bearer', async () => {
    const res = await answer(new UnauthenticatedError());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('sends no challenge for a refusal that no token would fix (a webhook’s signature)', async () => {
    const res = await answer(new UnauthenticatedError('Bad signature.', { challenge: null }));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBeNull();
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Bad signature.' } });
  });

  it('answers an unavailable error 503 with the Retry-After it carries', async () => {
    const res = await answer(new UnavailableError('Retry later.', 7));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.json()).toEqual({ error: { code: 'UNAVAILABLE', message: 'Retry later.' } });
  });

  it('masks anything else as a coded 500 without extra headers', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await answer(new Error('connect ECONNREFUSED 10.0.0.7:5432'));
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(await res.json()).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' },
    });
    logged.mockRestore();
  });

  it('answers each upstream code with its own status, 502 for unavailable and bad response alike', async () => {
    for (const [code, status] of [
      ['UPSTREAM_UNAVAILABLE', 502],
      ['UPSTREAM_BAD_RESPONSE', 502],
      ['UPSTREAM_TIMEOUT', 504],
    ] as const) {
      const res = await answer(new UpstreamError(code, 'ERP', 'The ERP failed.'));
      expect([res.status, (await res.json()).error.code]).toEqual([status, code]);
    }
  });

  it('answers a tenant an upstream has no account for as TENANT_NOT_CONFIGURED, 500', async () => {
    const res = await answer(new DomainError('TENANT_NOT_CONFIGURED', 'erp has no account for "initech".'));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'TENANT_NOT_CONFIGURED', message: 'erp has no account for "initech".' },
    });
  });

  it('codes a 4xx that Hono threw by its status', async () => {
    const cases = [
      [400, 'BAD_USER_INPUT'],
      [401, 'UNAUTHENTICATED'],
      [404, 'NOT_FOUND'],
      [413, 'PAYLOAD_TOO_LARGE'],
      [405, 'BAD_REQUEST'],
    ] as const;
    for (const [status, code] of cases) {
      const res = await answer(new HTTPException(status, { message: 'Refused.' }));
      expect([res.status, await res.json()]).toEqual([status, { error: { code, message: 'Refused.' } }]);
    }
  });

  it('masks a 5xx that a middleware threw, whatever its status and message', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const status of [500, 502, 503] as const) {
      const res = await answer(new HTTPException(status, { message: 'pool 10.0.0.7 exhausted' }));
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' },
      });
    }
    expect(logged).toHaveBeenCalledTimes(3);
    logged.mockRestore();
  });
});
