import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256, type SignedPart } from './hmac-sha256.js';

/** AfterShip Tracking sends `aftership-hmac-sha256` (header names are case-insensitive). */
export const AFTERSHIP_SIGNATURE_HEADER = 'aftership-hmac-sha256';

/**
 * AfterShip's scheme: base64 of HMAC-SHA256(webhook secret, raw body).
 *
 * @example await fetch(url, { method: 'POST', body, headers: signAfterShip(secret, body) });
 */
export function signAfterShip(secret: string, body: SignedPart): Record<string, string> {
  return { [AFTERSHIP_SIGNATURE_HEADER]: expected(secret, body) };
}

/**
 * Verifies AfterShip's signature. No timestamp: dedupe on `event_id` is the replay guard.
 *
 * @example verifyAfterShip(request.headers, rawBody, secret) // true or false, never throws
 */
export function verifyAfterShip(headers: Headers, body: SignedPart, secret: string): boolean {
  const received = headers.get(AFTERSHIP_SIGNATURE_HEADER);
  if (received === null || secret === '') return false;
  return constantTimeEqual(received, expected(secret, body));
}

function expected(secret: string, body: SignedPart): string {
  return hmacSha256(secret, body).toString('base64');
}
