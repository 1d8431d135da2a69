/**
 * Returns the URL when it is an absolute http(s) URL, else null. Upstream text ends up in an
 * agent's browser; a `javascript:` or `data:` link must never become clickable.
 *
 * @example safeHttpUrl('javascript:alert(1)') // null
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
