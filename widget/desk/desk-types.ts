/** A demo agent as `/demo/agents` lists it. */
export interface DeskAgent {
  id: string;
  name: string;
  tenant: string;
  roles: string[];
}

/** A helpdesk ticket as `/demo/tickets` serves it (see `bff/src/demo/desk-tickets.ts`). */
export interface DeskTicket {
  id: string;
  subject: string;
  description: string;
  status: string;
  priority: string | null;
  channel: string;
  createdAt: string;
  requester: { name: string; email: string };
  /** The ticket's order-number field as typed, or null. */
  orderField: string | null;
  tags: string[];
}
