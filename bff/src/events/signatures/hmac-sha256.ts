import { createHmac } from 'node:crypto';

/** A webhook body or a part of a signed message, as raw bytes or text (UTF-8). */
export type SignedPart = string | Uint8Array;

/**
 * HMAC-SHA256 over the concatenation of `parts`, fed one by one so the body is never copied or
 * re-encoded: the MAC covers the exact bytes received.
 *
 * @example hmacSha256('secret', `${t}.`, body).toString('hex')
 */
export function hmacSha256(key: string | Uint8Array, ...parts: SignedPart[]): Buffer {
  const hmac = createHmac('sha256', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}
