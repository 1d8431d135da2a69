import { DAY, HOUR, MINUTE } from './clock.js';
import type { Counters } from './counters.js';
import type { Prng } from './prng.js';
import { buildShipment, type ShipmentSpec } from './shipments.js';
import type { Tenant } from './tenants.js';
import type { Lifecycle, OrderLine, Shipment, TrackingOutcome, WmsState } from './types.js';
import { HISTORY_TEXT, PATHS, WMS_STATUS_TEXT } from './wms-status.js';

const IN_TRANSIT_OUTCOMES = {
  in_transit: 34,
  out_for_delivery: 14,
  delayed: 14,
  failed_attempt: 12,
  available_for_pickup: 8,
  returned_to_sender: 7,
  lost: 4,
  damaged: 7,
} as const;

const RELEASED: ReadonlySet<Lifecycle> = new Set([
  'in_fulfilment',
  'partially_shipped',
  'shipped',
  'delivered',
  'invoiced',
]);

export interface FulfilmentResult {
  wms: WmsState;
  releasedAt: number;
  shippedAt: number | null;
  deliveredAt: number | null;
}

interface Ctx {
  tenant: Tenant;
  counters: Counters;
  now: number;
  city: string;
  weightOf: (sku: string) => number;
}

/** Spreads `n` increasing times over [from, to]. */
function spread(rng: Prng, from: number, to: number, n: number): number[] {
  const step = Math.max(MINUTE, (to - from) / Math.max(1, n));
  return Array.from({ length: n }, (_, i) => Math.round(from + step * i + rng.next() * step * 0.8));
}

/** Splits shippable line quantities over `n` shipments; a lone line is split by quantity. */
function splitLines(rng: Prng, lines: { pos: number; sku: string; qty: number }[], n: number) {
  const parts: { pos: number; sku: string; qty: number }[][] = Array.from({ length: n }, () => []);
  lines.forEach((line, i) => {
    if (lines.length < n && line.qty >= n) {
      const each = Math.floor(line.qty / n);
      parts.forEach((p, k) => p.push({ ...line, qty: k === n - 1 ? line.qty - each * (n - 1) : each }));
    } else {
      parts[i < n ? i : rng.int(0, n - 1)]!.push(line);
    }
  });
  return parts.filter((p) => p.length > 0);
}

/**
 * What the WMS knows of a released order: status, line quantities (written onto `lines`),
 * shipments with carrier stories, and history. Returns null for orders the ERP has not released.
 */
export function buildFulfilment(
  rng: Prng,
  order: { lifecycle: Lifecycle; created: number; lines: OrderLine[] },
  ctx: Ctx,
): FulfilmentResult | null {
  const { lifecycle, created, lines } = order;
  const released = RELEASED.has(lifecycle) || (lifecycle === 'cancelled' && rng.chance(0.4));
  if (!released) return null;
  const warehouse = rng.pick(ctx.tenant.warehouses);
  const other = ctx.tenant.warehouses.find((w) => w !== warehouse) ?? warehouse;
  const releasedAt = created + Math.min(rng.int(1, 20) * HOUR, (ctx.now - created) * 0.1);
  const shipments: Shipment[] = [];
  const ship = (spec: ShipmentSpec) => shipments.push(buildShipment(rng, spec, ctx));
  let code: number;
  let path: number[];
  let shippedAt: number | null = null;
  let deliveredAt: number | null = null;

  if (lifecycle === 'in_fulfilment' || lifecycle === 'cancelled') {
    code =
      lifecycle === 'cancelled'
        ? 900
        : Number(
            rng.weighted({ 100: 5, 130: 12, 150: 22, 160: 8, 165: 14, 170: 10, 175: 9, 180: 14, 800: 6 }),
          );
    path = [...PATHS[code]!];
    for (const line of lines) {
      const allocatedAll = code >= 150 && code !== 160;
      line.qtyAllocated = code === 900 ? 0 : allocatedAll ? line.qty : code === 160 ? line.qty : 0;
      line.qtyPicked =
        code >= 170 && code <= 180 ? line.qty : code === 165 ? Math.floor(line.qty * rng.next()) : 0;
    }
    if (code === 160) {
      const short = rng.pick(lines);
      short.qtyAllocated = rng.int(0, short.qty - 1);
      short.qtyBackordered = short.qty - short.qtyAllocated;
    }
    if (code === 175) {
      const short = rng.pick(lines);
      short.qtyPicked = rng.int(0, short.qty - 1);
      short.qtyBackordered = short.qty - short.qtyPicked;
      short.shortReason = rng.pick(['STOCKOUT', 'STOCKOUT', 'DAMAGED', 'LOCATION_EMPTY']);
    }
    if (code === 180) {
      ship({
        warehouse,
        state: rng.chance(0.6) ? 'LABELLED' : 'PACKED',
        lines: lines.map((l) => ({ pos: l.pos, sku: l.sku, qty: l.qty })),
        shippedAt: null,
        outcome: 'label_only',
      });
    }
    if (code === 165)
      ship({
        warehouse,
        state: 'PICKING',
        lines: lines.map((l) => ({ pos: l.pos, sku: l.sku, qty: l.qty })),
        shippedAt: null,
        outcome: null,
      });
  } else {
    const partial = lifecycle === 'partially_shipped';
    const shortPick = partial ? rng.chance(0.6) : rng.chance(0.06);
    const shortLine = shortPick ? rng.pick(lines) : null;
    for (const line of lines) {
      line.qtyAllocated = line.qty;
      line.qtyPicked = line.qty;
      line.qtyShipped = line.qty;
    }
    if (shortLine) {
      shortLine.qtyPicked = rng.int(0, shortLine.qty - 1);
      shortLine.qtyShipped = shortLine.qtyPicked;
      shortLine.shortReason = rng.pick(['STOCKOUT', 'STOCKOUT', 'DAMAGED', 'LOCATION_EMPTY']);
      // Fully shipped orders had the rest cancelled in the ERP; partial ones wait on a backorder.
      if (partial) shortLine.qtyBackordered = shortLine.qty - shortLine.qtyPicked;
      else shortLine.qtyCancelled = shortLine.qty - shortLine.qtyPicked;
    }
    const shippable = lines
      .filter((l) => l.qtyShipped > 0)
      .map((l) => ({ pos: l.pos, sku: l.sku, qty: l.qtyShipped }));
    const firstShip = releasedAt + Math.min(rng.int(6, 48) * HOUR, (ctx.now - releasedAt) * 0.4);
    shippedAt = firstShip;
    const count = partial && !shortLine ? 2 : Number(rng.weighted({ 1: 74, 2: 19, 3: 7 }));
    const parts = splitLines(
      rng,
      shippable.length > 0 ? shippable : lines.map((l) => ({ pos: l.pos, sku: l.sku, qty: l.qty })),
      count,
    );
    const delivered = lifecycle === 'delivered' || lifecycle === 'invoiced';
    parts.forEach((part, i) => {
      const pendingSecond = partial && !shortLine && i > 0;
      if (pendingSecond) {
        for (const l of part) {
          const line = lines.find((x) => x.pos === l.pos);
          if (line) line.qtyShipped -= l.qty;
        }
        ship({
          warehouse,
          state: rng.pick(['PICKING', 'PACKED'] as const),
          lines: part,
          shippedAt: null,
          outcome: null,
        });
        return;
      }
      const at = firstShip + Math.min(i * rng.int(1, 3) * DAY, (ctx.now - firstShip) * 0.4);
      const outcome: TrackingOutcome = delivered
        ? 'delivered'
        : partial
          ? rng.weighted({ delivered: 40, in_transit: 40, delayed: 10, failed_attempt: 10 })
          : rng.weighted(IN_TRANSIT_OUTCOMES);
      ship({
        warehouse: i > 0 && rng.chance(0.3) ? other : warehouse,
        state: 'DISPATCHED',
        lines: part,
        shippedAt: at,
        outcome,
      });
    });
    code = partial ? 190 : delivered ? 250 : 200;
    path = [...PATHS[170]!, 180, partial ? 190 : 200];
    if (shortLine) path.splice(path.indexOf(170), 1, 175);
    if (delivered) {
      path.push(250);
      deliveredAt = Math.max(...shipments.map((s) => s.tracking[s.tracking.length - 1]?.ts ?? firstShip));
    }
  }

  const end = shippedAt ?? releasedAt + (ctx.now - releasedAt) * (0.3 + rng.next() * 0.6);
  const preShip = path.filter((c) => c < 190 || c >= 800);
  const times = spread(rng, releasedAt, end, preShip.length);
  const history = preShip.map((c, i) => ({ ts: times[i]!, code: c, text: HISTORY_TEXT[c]! }));
  if (shippedAt !== null)
    history.push({
      ts: shippedAt,
      code: code === 190 ? 190 : 200,
      text: HISTORY_TEXT[code === 190 ? 190 : 200]!,
    });
  if (deliveredAt !== null) history.push({ ts: deliveredAt, code: 250, text: HISTORY_TEXT[250]! });
  const last = history[history.length - 1]!;
  const seq = ctx.counters.next(`wo-${warehouse}`, 4000 + (warehouse.endsWith('2') ? 500 : 0));
  return {
    wms: {
      ref: `WO-${warehouse}-${String(seq).padStart(6, '0')}`,
      warehouse,
      statusCode: code,
      statusText: WMS_STATUS_TEXT[code]!,
      updatedAt: last.ts,
      shipments,
      history,
    },
    releasedAt,
    shippedAt,
    deliveredAt,
  };
}
