import type { Product } from './catalog.js';
import { DAY, HOUR, MINUTE, businessHours } from './clock.js';
import type { Counters } from './counters.js';
import type { Customer } from './customers.js';
import { buildFulfilment } from './fulfilment.js';
import { ERP_STATUS, pickLifecycle } from './lifecycle.js';
import { buildLines } from './lines.js';
import type { Prng } from './prng.js';
import { channelRefFor, customerPoFor } from './references.js';
import { buildReturns } from './returns.js';
import type { Tenant } from './tenants.js';
import { buildTickets, ticketChance } from './tickets.js';
import type { OrderEvent, WorldOrder } from './types.js';

export interface OrderCtx {
  now: number;
  counters: Counters;
  products: readonly Product[];
  weightOf: (sku: string) => number;
  agents: readonly number[];
}

const TAX_RATE = { DE: 0.19, US: 0.0725 } as const;
const UNCONFIRMED: ReadonlySet<string> = new Set(['draft', 'credit_hold', 'manual_hold']);

/** One order of the world, consistent across ERP, WMS and helpdesk. */
export function buildOrder(
  rng: Prng,
  opts: {
    seq: number;
    tenant: Tenant;
    created: number;
    customers: readonly Customer[];
    blocked: readonly Customer[];
  },
  ctx: OrderCtx,
): WorldOrder {
  const { tenant, seq } = opts;
  const now = ctx.now;
  const created = businessHours(opts.created, rng.int(0, 659));
  const ageDays = (now - created) / DAY;
  const lifecycle = pickLifecycle(rng, ageDays);
  // A few customers order a lot: skew the pick towards the front of the list.
  const customer =
    lifecycle === 'credit_hold' && opts.blocked.length > 0
      ? rng.pick(opts.blocked)
      : opts.customers[Math.floor(opts.customers.length * rng.next() ** 1.6)]!;
  const channel = rng.weighted({ WEB: 40, EDI: 25, PHONE: 20, MARKETPLACE: 15 });
  const poChance = { WEB: 0.6, EDI: 1, PHONE: 0.7, MARKETPLACE: 0.1 }[channel];
  const lines = buildLines(rng, {
    products: ctx.products,
    tier: customer.tier,
    priceFactor: tenant.currency === 'USD' ? 1.1 : 1,
  });
  const confirmed = !UNCONFIRMED.has(lifecycle);
  for (const line of lines) line.confirmedDate = confirmed ? created + rng.int(2, 9) * DAY : null;
  if (lifecycle === 'cancelled') for (const line of lines) line.qtyCancelled = line.qty;
  // A line cancelled before release: the WMS never sees it as open work.
  if (lifecycle === 'pending' && lines.length > 1 && rng.chance(0.1)) {
    const line = lines[lines.length - 1]!;
    line.qtyCancelled = line.qty;
  }
  const city = customer.address.city;
  const fulfilment = buildFulfilment(
    rng,
    { lifecycle, created, lines },
    { tenant, counters: ctx.counters, now, city, weightOf: ctx.weightOf },
  );

  const events: OrderEvent[] = [
    { ts: created, type: 'CREATED', text: `Order entered via ${channel.toLowerCase()}` },
  ];
  let statusChanged = created;
  const hadHold =
    lifecycle === 'credit_hold' || lifecycle === 'manual_hold' || (fulfilment !== null && rng.chance(0.06));
  if (hadHold) {
    // Before the release (and its HOLD_RELEASED ten minutes earlier), so events stay in order.
    const ts =
      created +
      Math.min(rng.int(5, 90) * MINUTE, fulfilment ? (fulfilment.releasedAt - created) / 3 : Infinity);
    events.push({
      ts,
      type: 'HOLD',
      text: lifecycle === 'manual_hold' ? 'Manual hold: price check' : 'Credit limit exceeded',
    });
    statusChanged = ts;
  }
  if (fulfilment) {
    if (hadHold)
      events.push({
        ts: fulfilment.releasedAt - 10 * MINUTE,
        type: 'HOLD_RELEASED',
        text: 'Hold released by credit control',
      });
    events.push({
      ts: fulfilment.releasedAt,
      type: 'RELEASED',
      text: `Released to warehouse ${fulfilment.wms.warehouse}`,
    });
    statusChanged = fulfilment.releasedAt;
    const dispatched = fulfilment.wms.shipments.map((s) => s.shippedAt ?? 0);
    if (fulfilment.shippedAt !== null) statusChanged = Math.max(...dispatched);
  }
  if (lifecycle === 'invoiced') {
    const ts = Math.min(now - HOUR, (fulfilment?.deliveredAt ?? statusChanged) + rng.int(1, 48) * HOUR);
    events.push({ ts, type: 'INVOICED', text: `Invoice ${9_000_000 + seq} posted` });
    statusChanged = ts;
  }
  if (lifecycle === 'cancelled') {
    const ts = Math.min(now - MINUTE, (fulfilment?.wms.updatedAt ?? created) + rng.int(10, 600) * MINUTE);
    events.push({
      ts,
      type: 'CANCELLED',
      text: rng.pick([
        'Cancelled at customer request',
        'Cancelled: duplicate order',
        'Cancelled: items no longer needed',
      ]),
    });
    statusChanged = ts;
  }

  const shippedPart = fulfilment?.shippedAt != null;
  const troubled = fulfilment?.wms.shipments.some((s) => s.outcome === 'damaged') ?? false;
  const returnChance = lifecycle === 'delivered' || lifecycle === 'invoiced' ? 0.14 : troubled ? 0.5 : 0;
  const returns = buildReturns(rng, {
    lines,
    from: fulfilment?.deliveredAt ?? fulfilment?.shippedAt ?? created,
    now,
    counters: ctx.counters,
    returnCount: rng.chance(returnChance) ? Number(rng.weighted({ 1: 72, 2: 20, 3: 8 })) : 0,
    refund: shippedPart && rng.chance(0.06),
  });
  events.push(...returns.events);
  events.sort((a, b) => a.ts - b.ts);

  const netCents = lines.reduce(
    (s, l) => s + Math.round((l.lineAmountCents * (l.qty - l.qtyCancelled)) / l.qty),
    0,
  );
  const freightCents = netCents === 0 || netCents > 25_000 ? 0 : tenant.currency === 'EUR' ? 990 : 1495;
  const taxCents = Math.round(
    (netCents + freightCents) *
      (tenant.country === 'US' && customer.tier === 'A' ? 0 : TAX_RATE[tenant.country]),
  );
  const order: WorldOrder = {
    tenant: tenant.id,
    number: `SO-${1_000_001 + seq}`,
    lifecycle,
    customer,
    channel,
    channelRef: channelRefFor(rng, channel, seq),
    customerPo: rng.chance(poChance) ? customerPoFor(rng, customer.helpdeskUserId, seq, 2026) : null,
    created,
    statusChanged,
    requestedDate: rng.chance(0.6) ? created + rng.int(3, 14) * DAY : null,
    shipTo: customer.address,
    lines,
    freightCents,
    taxCents,
    netCents,
    grossCents: netCents + freightCents + taxCents,
    erpStatus: ERP_STATUS[lifecycle],
    events,
    wms: fulfilment?.wms ?? null,
    returns: returns.returns,
    creditMemos: returns.creditMemos,
    tickets: [],
  };
  const ticketCount = rng.chance(ticketChance(order))
    ? Number(rng.weighted({ 1: 75, 2: 18, 3: 5, 4: 2 }))
    : 0;
  order.tickets = buildTickets(rng, order, ticketCount, {
    counters: ctx.counters,
    now,
    requesterIdOf: (c) => c.helpdeskUserId,
    agents: ctx.agents,
  });
  return order;
}
