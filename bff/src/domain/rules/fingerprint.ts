/**
 * A short, stable digest (32-bit FNV-1a, hex) of a JSON-able value: enough to tell "the same
 * exception as last time" from "its evidence or severity changed" without keeping the whole draft.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
