import { describe, expect, it } from 'vitest';
import { serializeAhead, serializeResponse } from './serialized-response.js';

describe('serializeResponse', () => {
  it('reads status, headers and body, and sets the content length', async () => {
    const body = JSON.stringify({ name: 'Müller' });
    const response = new Response(body, { status: 201, headers: { 'content-type': 'application/json' } });
    const { status, headers, payload } = await serializeResponse(response);
    expect(status).toBe(201);
    expect(headers).toEqual({
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(payload.toString('utf8')).toBe(body);
  });
});

describe('serializeAhead', () => {
  it('returns an equal response that an in-process caller can still read', async () => {
    const ready = await serializeAhead(
      new Response('{"ok":true}', { status: 400, headers: { 'x-system': 'erp' } }),
    );
    expect(ready.status).toBe(400);
    expect(ready.headers.get('x-system')).toBe('erp');
    expect(await ready.json()).toEqual({ ok: true });
  });

  it('remembers the serialisation, so serialising the returned response reads nothing again', async () => {
    const ready = await serializeAhead(new Response('abc'));
    const first = await serializeResponse(ready);
    expect(ready.bodyUsed).toBe(false);
    expect(await serializeResponse(ready)).toBe(first);
    expect(first.payload.toString()).toBe('abc');
  });
});
