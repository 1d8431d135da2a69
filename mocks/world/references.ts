import type { Prng } from './prng.js';
import type { WorldOrder } from './types.js';

/** A channel reference in the format of the channel that sent the order. */
export function channelRefFor(rng: Prng, channel: WorldOrder['channel'], seq: number): string | null {
  switch (channel) {
    case 'WEB':
      return `#W-${40000 + seq * 3 + rng.int(0, 2)}`;
    case 'EDI':
      return `EDI-${rng.int(1000, 9999)}-${String(seq % 10000).padStart(4, '0')}`;
    case 'MARKETPLACE':
      return `AMZ-${rng.digits(3)}-${rng.digits(7)}-${String(seq).padStart(7, '0')}`;
    case 'PHONE':
      return null;
  }
}

/** A customer PO as the buyer's own system numbers it; every firm has its own habit. */
export function customerPoFor(rng: Prng, style: number, seq: number, year: number): string {
  const n = String(seq % 100000);
  switch (style % 6) {
    case 0:
      return `PO ${n}/${year}`;
    case 1:
      return `45${n.padStart(8, '0')}`;
    case 2:
      return `PO-${year}-${n.padStart(5, '0')}`;
    case 3:
      return `BE-${n}`;
    case 4:
      return `po#${n}`;
    default:
      return `${rng.pick(['MRO', 'MAINT', 'PROJ'])}/${n}`;
  }
}
