/** The agent a request is made as, taken from a verified bearer token. */
export interface Viewer {
  id: string;
  name: string | null;
  tenant: string;
  roles: string[];
  teams: string[];
}

export const ROLES = ['viewer', 'agent', 'lead', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];
