import { request, type Dispatcher } from 'undici';

/** What one delivery attempt came to, and so what the sender does next. */
export type AttemptOutcome =
  /** 2xx: stored (or a duplicate); `result` is the receiver's `status` field when it sent one. */
  | { kind: 'accepted'; status: number; result: string | null }
  /** Not stored but worth another try: network error, timeout, 5xx, 408, 429. */
  | { kind: 'retry'; status: number | null; reason: string; retryAfterMs: number | null }
  /** A 4xx the receiver will answer the same way however often it is sent. */
  | { kind: 'rejected'; status: number; reason: string }
  | { kind: 'aborted' };

const RETRYABLE_4XX = new Set([408, 425, 429]);

/**
 * POSTs one webhook with undici and classifies the answer. Never throws.
 *
 * @example await postWebhook(`${bff}/events/acme/wms`, body, headers, { dispatcher, signal, timeoutMs: 5000 })
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { dispatcher: Dispatcher; signal: AbortSignal; timeoutMs: number },
): Promise<AttemptOutcome> {
  if (options.signal.aborted) return { kind: 'aborted' };
  try {
    const res = await request(url, {
      method: 'POST',
      body,
      headers,
      dispatcher: options.dispatcher,
      signal: options.signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const text = await res.body.text();
    const status = res.statusCode;
    if (status >= 200 && status < 300) return { kind: 'accepted', status, result: field(text, 'status') };
    const reason = field(text, 'reason') ?? field(text, 'error') ?? text.slice(0, 120);
    if (status >= 500 || RETRYABLE_4XX.has(status)) {
      return { kind: 'retry', status, reason, retryAfterMs: retryAfter(res.headers['retry-after']) };
    }
    return { kind: 'rejected', status, reason };
  } catch (error) {
    if (options.signal.aborted) return { kind: 'aborted' };
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'retry', status: null, reason, retryAfterMs: null };
  }
}

function field(text: string, name: string): string | null {
  try {
    const value = (JSON.parse(text) as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfter(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
