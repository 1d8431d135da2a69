import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256, type SignedPart } from './hmac-sha256.js';
import { withinTolerance } from './timestamp-tolerance.js';

/** Our own scheme, for senders we control (the WMS and ERP simulators, CloudEvents producers). */
export const ORDERLENS_SIGNATURE_HEADER = 'orderlens-signature';

/**
 * Exactly one timestamp and one lowercase hex MAC, nothing else: a lenient parser (extra keys,
 * several `v1`, upper-case hex) would let a modified header through, and T3 wants every
 * modification rejected.
 */
const FORMAT = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/;

/**
 * Signs a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. `body` may be
 * given in parts (CloudEvents binary mode puts its `ce-*` headers before the body).
 *
 * @example await fetch(url, { method: 'POST', body, headers: { ...signOrderlens(secret, body) } });
 */
export function signOrderlens(
  secret: string,
  body: SignedPart | readonly SignedPart[],
  nowMs: number = Date.now(),
): Record<string, string> {
  const t = String(Math.floor(nowMs / 1000));
  return { [ORDERLENS_SIGNATURE_HEADER]: `t=${t},v1=${mac(secret, t, body)}` };
}

/**
 * Verifies `Orderlens-Signature` over the exact bytes received; rejects a timestamp more than
 * 300 s away from `nowMs` in either direction, so a captured request cannot be replayed later.
 *
 * @example verifyOrderlens(request.headers, rawBody, secret, Date.now()) // true or false, never throws
 */
export function verifyOrderlens(
  headers: Headers,
  body: SignedPart | readonly SignedPart[],
  secret: string,
  nowMs: number,
): boolean {
  const match = FORMAT.exec(headers.get(ORDERLENS_SIGNATURE_HEADER) ?? '');
  if (!match || secret === '') return false;
  const [, t = '', received = ''] = match;
  const fresh = withinTolerance(Number(t) * 1000, nowMs);
  // Compare even when stale, so the answer takes the same time either way.
  const authentic = constantTimeEqual(received, mac(secret, t, body));
  return fresh && authentic;
}

function mac(secret: string, t: string, body: SignedPart | readonly SignedPart[]): string {
  const parts = typeof body === 'string' || body instanceof Uint8Array ? [body] : body;
  return hmacSha256(secret, `${t}.`, ...parts).toString('hex');
}
