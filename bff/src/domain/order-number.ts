/**
 * Turns an order number as people and systems write it into the canonical ERP form.
 * Tickets hold what the requester typed and the WMS drops the prefix and pads with zeros, so
 * resolving any of these to one order is a feature, not a convenience.
 *
 * @example normaliseOrderNumber('#so 0001000123') // 'SO-1000123'
 */
export function normaliseOrderNumber(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const match = /^#?\s*(?:SO)?[\s\-_#]*(\d{1,10})$/i.exec(input.trim());
  const raw = match?.[1];
  if (raw === undefined || raw.length < 7) return null;
  // ERP order numbers are 7 digits; extra leading digits are allowed only as zero padding.
  const padding = raw.slice(0, raw.length - 7);
  if (/[^0]/.test(padding)) return null;
  return `SO-${raw.slice(-7)}`;
}

/** The WMS writes the ERP number without its prefix, zero-padded to 10 digits. */
export function toWmsClientOrderRef(orderNumber: string): string | null {
  const canonical = normaliseOrderNumber(orderNumber);
  return canonical === null ? null : canonical.slice(3).padStart(10, '0');
}
