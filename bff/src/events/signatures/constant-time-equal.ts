import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a received signature with the expected one without leaking, through timing, how many
 * leading bytes matched. The lengths are checked first because `timingSafeEqual` throws on
 * unequal lengths; a signature's length is public (fixed by its scheme), so that check leaks nothing.
 *
 * Strings are compared exactly as sent, not after decoding: hex and base64 decoders are lenient
 * (case, padding, stray characters), so two different header values could decode to the same bytes.
 *
 * @example constantTimeEqual(header, expected) // false for any other string, never throws
 */
export function constantTimeEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length || b.length === 0) return false;
  return timingSafeEqual(a, b);
}
