/**
 * The URL if it is absolute http(s), else undefined. Upstream data decides link targets, so a
 * `javascript:` or `data:` URL must never reach an `href` (T11).
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
