import { constantTimeEqual } from './constant-time-equal.js';
import { hmacSha256, type SignedPart } from './hmac-sha256.js';

export const EASYPOST_SIGNATURE_HEADER = 'x-hmac-signature';

/**
 * EasyPost's scheme: `X-Hmac-Signature: hmac-sha256-hex=<hex>` over the raw body. Its SDKs
 * NFKD-normalise the secret before UTF-8 encoding it, so a secret typed with composed accents
 * still matches the one EasyPost stored.
 *
 * @example await fetch(url, { method: 'POST', body, headers: signEasyPost(secret, body) });
 */
export function signEasyPost(secret: string, body: SignedPart): Record<string, string> {
  return { [EASYPOST_SIGNATURE_HEADER]: expected(secret, body) };
}

/**
 * Verifies EasyPost's signature. There is no timestamp in this scheme, so dedupe on the event id is
 * the only replay guard; the sink does that.
 *
 * @example verifyEasyPost(request.headers, rawBody, secret) // true or false, never throws
 */
export function verifyEasyPost(headers: Headers, body: SignedPart, secret: string): boolean {
  const received = headers.get(EASYPOST_SIGNATURE_HEADER);
  if (received === null || secret === '') return false;
  // The SDKs compare the whole header value; so do we, prefix and lowercase hex included.
  return constantTimeEqual(received, expected(secret, body));
}

function expected(secret: string, body: SignedPart): string {
  const key = Buffer.from(secret.normalize('NFKD'), 'utf8');
  return `hmac-sha256-hex=${hmacSha256(key, body).toString('hex')}`;
}
