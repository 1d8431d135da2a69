import { getResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createRouter } from './create-router.js';
import { withDirectResolver, type DirectResolver } from './direct-resolver.js';
import { json } from './system-errors.js';

const route = (handlers: Parameters<typeof createRouter>[0]) =>
  createRouter(handlers, (request, from) => getResponse(from, request));
const send = async (router: ReturnType<typeof route>, method: string, path: string) => {
  const url = new URL(path, 'http://127.0.0.1:4101');
  const response = await router.respond(new Request(url, { method }), url);
  return response && { status: response.status, body: await response.json() };
};

describe('createRouter', () => {
  it('calls a business route directly with its path params', async () => {
    const resolve: DirectResolver = async ({ params }) => json({ id: params.id });
    const router = route([
      http.get('*/other', () => json({})),
      withDirectResolver(http.get('*/t/:id', resolve), resolve),
    ]);
    expect(await send(router, 'GET', '/t/42')).toEqual({ status: 200, body: { id: '42' } });
    expect(await send(router, 'GET', '/t/43')).toEqual({ status: 200, body: { id: '43' } });
  });

  it('lets the first handler that answers win, as MSW does, when an earlier one passes', async () => {
    const router = route([
      http.post('*/a', () => json({ n: 0 })),
      http.get('*/a', () => undefined),
      http.get('*/a', () => json({ n: 2 })),
      http.all('*', () => json({ n: 3 }, 404)),
    ]);
    expect(await send(router, 'GET', '/a')).toEqual({ status: 200, body: { n: 2 } });
    expect(await send(router, 'POST', '/a')).toEqual({ status: 200, body: { n: 0 } });
    expect(await send(router, 'GET', '/b')).toEqual({ status: 404, body: { n: 3 } });
  });

  it('answers nothing when no handler matches', async () => {
    expect(await send(route([http.get('*/a', () => json({}))]), 'GET', '/b')).toBeUndefined();
  });
});
