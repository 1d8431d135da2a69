import type { SimulatorSource } from '../signing/sources.js';
import { TENANTS, type TenantId } from '../../world/tenants.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Hands out event ids in each sender's own format. */
export interface EventIds {
  next(source: SimulatorSource, tenant: TenantId): string;
}

/**
 * Event ids as each sender writes them: WMS `wev-<account>-<run>-<seq>`, EasyPost `evt_<32 hex>`,
 * AfterShip a UUID, Zendesk a ULID. `random` decides them, so a seeded one gives the same ids
 * every time; `run` keeps WMS ids unique across runs (the receiver keeps what it has seen).
 *
 * @example createEventIds({ random: Math.random, run: Date.now().toString(36) }).next('wms', 'acme')
 */
export function createEventIds(options: { random: () => number; run: string }): EventIds {
  const { random, run } = options;
  const sequences = new Map<string, number>();
  // Eight hex digits per draw: ids are made by the ten thousand.
  const hex = (n: number) => {
    let s = '';
    while (s.length < n)
      s += Math.floor(random() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return s.slice(0, n);
  };
  return {
    next(source, tenant) {
      switch (source) {
        case 'wms': {
          const account = TENANTS.find((t) => t.id === tenant)?.wmsAccount ?? tenant;
          const seq = (sequences.get(account) ?? 0) + 1;
          sequences.set(account, seq);
          return `wev-${account}-${run}-${String(seq).padStart(9, '0')}`;
        }
        case 'easypost':
          return `evt_${hex(32)}`;
        case 'aftership': {
          const h = hex(32);
          const variant = '89ab'[Math.floor(random() * 4)];
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
        }
        case 'zendesk':
          return Array.from({ length: 26 }, () => CROCKFORD[Math.floor(random() * 32)]).join('');
      }
    },
  };
}
