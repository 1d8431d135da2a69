import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256, type SignedPart } from './hmac-sha256.js';
import { withinTolerance } from './timestamp-tolerance.js';

export const ZENDESK_SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
export const ZENDESK_TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';

/** Zendesk sends an ISO 8601 UTC timestamp (`2026-11-01T10:15:00Z`), not unix seconds. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/**
 * Zendesk's scheme: base64 of HMAC-SHA256(signing secret, timestamp + raw body), no separator.
 *
 * @example await fetch(url, { method: 'POST', body, headers: signZendesk(secret, body) });
 */
export function signZendesk(
  secret: string,
  body: SignedPart,
  nowMs: number = Date.now(),
): Record<string, string> {
  const timestamp = new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    [ZENDESK_SIGNATURE_HEADER]: expected(secret, timestamp, body),
    [ZENDESK_TIMESTAMP_HEADER]: timestamp,
  };
}

/**
 * Verifies Zendesk's signature and rejects a timestamp more than 300 s from `nowMs`, which Zendesk
 * signs for exactly this purpose: replays.
 *
 * @example verifyZendesk(request.headers, rawBody, secret, Date.now()) // true or false, never throws
 */
export function verifyZendesk(headers: Headers, body: SignedPart, secret: string, nowMs: number): boolean {
  const received = headers.get(ZENDESK_SIGNATURE_HEADER);
  const timestamp = headers.get(ZENDESK_TIMESTAMP_HEADER);
  if (received === null || timestamp === null || !TIMESTAMP.test(timestamp) || secret === '') return false;
  const fresh = withinTolerance(Date.parse(timestamp), nowMs);
  // The timestamp is signed as the exact header text, so a reformatted one fails the MAC.
  const authentic = constantTimeEqual(received, expected(secret, timestamp, body));
  return fresh && authentic;
}

function expected(secret: string, timestamp: string, body: SignedPart): string {
  return hmacSha256(secret, timestamp, body).toString('base64');
}
