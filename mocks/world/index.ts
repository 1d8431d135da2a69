/** The seeded world the simulators project: one order, the same truth in every system. */
export { createPrng, type Prng } from './prng.js';
export { WORLD_NOW } from './clock.js';
export { TENANTS, type Tenant, type TenantId } from './tenants.js';
export type { Product } from './catalog.js';
export type { Address, Customer } from './customers.js';
export type * from './types.js';
export type { Milestone } from './tracking.js';
export {
  DEFAULT_SEED,
  generateWorld,
  getWorld,
  referencesOf,
  type Agent,
  type World,
  type WorldOptions,
} from './world.js';
export { sampleReferences, type SampleReferences } from './sample-references.js';
