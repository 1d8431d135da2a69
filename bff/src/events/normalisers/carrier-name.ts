/** The carrier codes the WMS uses, which the read path shows; other names pass through upper-cased. */
const KNOWN = ['DHL', 'UPS', 'FEDEX', 'DPD', 'USPS'] as const;

/**
 * One name per carrier whichever system reports it: AfterShip slugs (`dhl`, `dhl-global-mail`,
 * `fedex`), EasyPost carriers (`FedEx`, `DHLExpress`, `USPS`), the WMS's own codes.
 *
 * @example carrierName('dhl-global-mail') // 'DHL'
 */
export function carrierName(raw: string | null | undefined): string | null {
  const compact = (raw ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact === '') return null;
  return KNOWN.find((code) => compact.startsWith(code)) ?? compact;
}
