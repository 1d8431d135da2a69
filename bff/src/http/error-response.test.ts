import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { DomainError, UnauthenticatedError, UnavailableError } from '../domain/errors.js';
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
});
