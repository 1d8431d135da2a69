/**
 * The headers a normaliser reads: the content type (CloudEvents mode) and, in CloudEvents binary
 * mode, the `ce-*` attributes. Only these are kept with a dead letter: replay re-normalises the
 * stored body and does not verify it again, so a signature (or a token, or a cookie) kept there
 * would be nothing but a replayable signed request in a supervisor's hands.
 *
 * @example replayHeaders({ 'content-type': 'application/json', 'x-hmac-signature': '…' }) // { 'content-type': … }
 */
export function replayHeaders(headers: Headers | Readonly<Record<string, string>>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const kept: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (lower === 'content-type' || lower === 'as-webhook-version' || lower.startsWith('ce-'))
      kept[lower] = value;
  }
  return kept;
}
