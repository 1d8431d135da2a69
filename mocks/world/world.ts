import { createCatalog, type Product } from './catalog.js';
import { DAY, WORLD_NOW } from './clock.js';
import { createCounters } from './counters.js';
import { createCustomers, type Customer } from './customers.js';
import { buildOrder } from './orders.js';
import { createPrng, type Prng } from './prng.js';
import { MAIN_TENANTS, TENANTS, type Tenant, type TenantId } from './tenants.js';
import type { OrderReferences, WorldOrder } from './types.js';

export interface Agent {
  id: number;
  name: string;
  email: string;
}

export interface World {
  seed: number;
  now: number;
  tenants: readonly Tenant[];
  products: readonly Product[];
  customers: Record<TenantId, Customer[]>;
  agents: Record<TenantId, Agent[]>;
  /**
   * All orders: the main stream (acme and globex) oldest first, order numbers assigned in time
   * order; then each further tenant's own stream, oldest first, numbered after the main one.
   */
  orders: WorldOrder[];
  orderByNumber: ReadonlyMap<string, WorldOrder>;
  generationMs: number;
}

export interface WorldOptions {
  seed?: number;
  /** Orders in the main stream, which acme and globex split; further tenants add their own. */
  orderCount?: number;
  customersPerTenant?: number;
  /** How far back the oldest order lies. */
  spanDays?: number;
}

export const DEFAULT_SEED = 20261101;

const AGENT_NAMES = [
  'Lena Vogel',
  'Max Berger',
  'Sofia Klein',
  'Paul Hartmann',
  'Emma Lange',
  'Noah Fuchs',
  'Mia Roth',
  'Ben Keller',
];

/**
 * Generates the whole world from a seed. Pure: the same options always give the same world.
 *
 * @example
 * const world = generateWorld({ seed: 7, orderCount: 500 });
 * world.orders[0]?.number; // "SO-1000001"
 */
export function generateWorld(options: WorldOptions = {}): World {
  const started = performance.now();
  const { seed = DEFAULT_SEED, orderCount = 10_000, customersPerTenant = 800, spanDays = 60 } = options;
  const rng = createPrng(seed);
  const counters = createCounters();
  const products = createCatalog(rng);
  const weights = new Map(products.map((p) => [p.sku, p.weightG]));
  const customers = {} as Record<TenantId, Customer[]>;
  const agents = {} as Record<TenantId, Agent[]>;
  const blocked = {} as Record<TenantId, Customer[]>;
  const agentIds = {} as Record<TenantId, number[]>;
  const people = (tenant: Tenant, t: number, random: Prng) => {
    customers[tenant.id] = createCustomers(random, {
      tenant,
      count: customersPerTenant,
      firstNumber: 10001,
      firstUserId: 900001 + t * 100_000,
    });
    agents[tenant.id] = AGENT_NAMES.map((name, i) => ({
      id: 77 + t * 100 + i,
      name,
      email: `${name.toLowerCase().replace(' ', '.')}@${tenant.zendeskSubdomain}-support.example`,
    }));
    blocked[tenant.id] = customers[tenant.id].filter((c) => c.creditBlock);
    agentIds[tenant.id] = agents[tenant.id].map((a) => a.id);
  };
  MAIN_TENANTS.forEach((tenant, t) => people(tenant, t, rng));
  const weightOf = (sku: string) => weights.get(sku) ?? 500;
  const orders: WorldOrder[] = [];
  const start = WORLD_NOW - spanDays * DAY;
  const build = (random: Prng, tenant: Tenant, seq: number, created: number) =>
    buildOrder(
      random,
      { seq, tenant, created, customers: customers[tenant.id], blocked: blocked[tenant.id] },
      { now: WORLD_NOW, counters, products, weightOf, agents: agentIds[tenant.id] },
    );
  const [first, second] = MAIN_TENANTS as [Tenant, Tenant];
  for (let seq = 0; seq < orderCount; seq++) {
    const tenant = rng.next() < first.orderShare! ? first : second;
    const created = start + ((seq + rng.next()) * (spanDays * DAY)) / orderCount;
    orders.push(build(rng, tenant, seq, created));
  }
  // Each further tenant from its own seed, after the main stream: acme's and globex's data never
  // depends on whether (or how many) other tenants exist.
  let seq = orderCount;
  TENANTS.forEach((tenant, t) => {
    if (tenant.orderShare !== undefined) return;
    const own = createPrng(seed + 7919 * t);
    people(tenant, t, own);
    const count = tenant.ownOrders ?? 0;
    for (let i = 0; i < count; i++) {
      const created = start + ((i + own.next()) * (spanDays * DAY)) / count;
      orders.push(build(own, tenant, seq++, created));
    }
  });
  return {
    seed,
    now: WORLD_NOW,
    tenants: TENANTS,
    products,
    customers,
    agents,
    orders,
    orderByNumber: new Map(orders.map((o) => [o.number, o])),
    generationMs: performance.now() - started,
  };
}

let memo: World | undefined;

/**
 * The default world, generated once per process on first use.
 *
 * @example
 * const { orders } = getWorld();
 */
export function getWorld(): World {
  memo ??= generateWorld();
  return memo;
}

/** Every reference by which the order can be found, in every system. */
export function referencesOf(order: WorldOrder): OrderReferences {
  return {
    erpOrderNumber: order.number,
    wmsReference: order.wms?.ref ?? null,
    channelReference: order.channelRef,
    customerPo: order.customerPo,
    trackingNumbers: (order.wms?.shipments ?? []).flatMap((s) =>
      s.trackingNumber ? [s.trackingNumber] : [],
    ),
    rmaNumbers: order.returns.map((r) => r.rma),
    ticketIds: order.tickets.map((t) => String(t.id)),
    customerEmail: order.customer.email,
  };
}
