import type { SignedPart } from './hmac-sha256.js';
import { signOrderlens, verifyOrderlens } from './orderlens-signature.js';

/**
 * CloudEvents are signed with our scheme. In binary mode the event's identity (`ce-id`,
 * `ce-source`, `ce-type`, `ce-time`…) travels in headers, outside the body, so a body-only MAC
 * would let anyone holding one signed request re-send it under a new id (defeating dedupe) or a
 * new type. The `ce-*` headers are therefore signed too, ahead of the body:
 *
 *   `<t>.` + one `name:value\n` line per `ce-*` header (lower-case names, sorted) + `\n` + body
 *
 * In structured mode there are no `ce-*` headers and this is exactly `<t>.<body>`.
 *
 * @example
 * const headers = { 'content-type': 'application/json', 'ce-id': 'e1', 'ce-source': '/erp', … };
 * await fetch(url, { method: 'POST', body, headers: { ...headers, ...signCloudEvent(secret, body, headers) } });
 */
export function signCloudEvent(
  secret: string,
  body: SignedPart,
  headers: Headers | Readonly<Record<string, string>> = {},
  nowMs: number = Date.now(),
): Record<string, string> {
  return signOrderlens(secret, [cloudEventHeaderBlock(headers), body], nowMs);
}

/**
 * Verifies a CloudEvent's `Orderlens-Signature` over its `ce-*` headers and raw body.
 *
 * @example verifyCloudEvent(request.headers, rawBody, secret, Date.now()) // true or false, never throws
 */
export function verifyCloudEvent(headers: Headers, body: SignedPart, secret: string, nowMs: number): boolean {
  return verifyOrderlens(headers, [cloudEventHeaderBlock(headers), body], secret, nowMs);
}

/** The signed rendering of the `ce-*` headers; empty when there are none (structured mode). */
export function cloudEventHeaderBlock(headers: Headers | Readonly<Record<string, string>>): string {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const lines = entries
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .filter(([name]) => name.startsWith('ce-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}\n`);
  return lines.length === 0 ? '' : `${lines.join('')}\n`;
}
