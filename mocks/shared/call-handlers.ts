import { getResponse, type RequestHandler } from 'msw';

export interface CallResult<T = any> {
  status: number;
  body: T;
}

/**
 * Sends one request through MSW handlers in-process (no sockets), for handler tests.
 *
 * @example
 * const { status, body } = await callHandlers(handlers, 'http://erp.test/api/v1/sales-orders?numbers=SO-1000001', { headers: { authorization: 'x', 'x-company': 'ACME' } });
 */
export async function callHandlers<T = any>(
  handlers: RequestHandler[],
  url: string,
  init: { method?: string; headers?: Record<string, string>; json?: unknown; signal?: AbortSignal } = {},
): Promise<CallResult<T>> {
  const headers = {
    ...init.headers,
    ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
  };
  const request = new Request(url, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
    signal: init.signal ?? null,
  });
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`no handler for ${url}`);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
