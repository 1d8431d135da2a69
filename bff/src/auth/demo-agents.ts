import type { Role } from './viewer.js';

export interface DemoAgent {
  id: string;
  name: string;
  tenant: string;
  roles: Role[];
  teams: string[];
}

/** The agents of the embedded demo, one per role and tenant, matching the simulators' tenants. */
export const DEMO_AGENTS: readonly DemoAgent[] = [
  { id: 'agent-anna', name: 'Anna Berger', tenant: 'acme', roles: ['agent'], teams: ['orders-de'] },
  { id: 'lead-lukas', name: 'Lukas Brandt', tenant: 'acme', roles: ['agent', 'lead'], teams: ['orders-de'] },
  { id: 'viewer-vera', name: 'Vera Stein', tenant: 'acme', roles: ['viewer'], teams: ['orders-de'] },
  {
    id: 'sup-sofia',
    name: 'Sofia Keller',
    tenant: 'acme',
    roles: ['supervisor'],
    teams: ['orders-de', 'returns'],
  },
  { id: 'agent-gary', name: 'Gary Olsen', tenant: 'globex', roles: ['agent'], teams: ['orders-us'] },
  { id: 'sup-maria', name: 'Maria Lopez', tenant: 'globex', roles: ['supervisor'], teams: ['orders-us'] },
];
