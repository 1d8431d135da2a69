/** A helpdesk ticket as the demo desk lists it. */
export interface DeskTicket {
  id: string;
  subject: string;
  description: string;
  status: string;
  priority: string | null;
  channel: string;
  createdAt: string;
  requester: { name: string; email: string };
  /** The ticket's order-number field as typed (messy on purpose), or null when left empty. */
  orderField: string | null;
  tags: string[];
}

/**
 * The parts of the simulators' seeded orders the desk reads. Declared here, structurally, so the BFF
 * never imports the simulators; the composition root hands the world in.
 */
export interface DeskOrderSource {
  tenant: string;
  lifecycle: string;
  returns: readonly unknown[];
  customer: { contactName: string; requesterEmail: string };
  tickets: readonly {
    id: number;
    subject: string;
    description: string;
    status: string;
    priority: string | null;
    channel: string;
    createdAt: number;
    orderField: string | null;
    tags: readonly string[];
  }[];
}

const OPEN = new Set(['new', 'open', 'pending', 'hold']);

/**
 * A desk queue for one tenant: open tickets, newest orders first, mixed so the demo shows every
 * case the panel handles — tickets with a clean or messy order field, tickets with none (the
 * requester's orders), and orders with returns, backorders and delivery trouble.
 * @example deskTickets(world.orders, 'acme', 12)
 */
export function deskTickets(orders: readonly DeskOrderSource[], tenant: string, count: number): DeskTicket[] {
  const buckets: DeskTicket[][] = [[], [], [], []];
  for (let i = orders.length - 1; i >= 0 && buckets.some((b) => b.length < count); i--) {
    const o = orders[i]!;
    if (o.tenant !== tenant) continue;
    const t = [...o.tickets].reverse().find((x) => OPEN.has(x.status));
    if (!t) continue;
    const bucket =
      t.orderField === null ? 0 : o.returns.length ? 1 : o.lifecycle === 'partially_shipped' ? 2 : 3;
    buckets[bucket]!.push({
      id: String(t.id),
      subject: t.subject,
      description: t.description,
      status: t.status,
      priority: t.priority,
      channel: t.channel,
      createdAt: new Date(t.createdAt).toISOString(),
      requester: { name: o.customer.contactName, email: o.customer.requesterEmail },
      orderField: t.orderField,
      tags: [...t.tags],
    });
  }
  // Round-robin over the kinds, then newest first within what was picked.
  const picked: DeskTicket[] = [];
  for (let k = 0; picked.length < count && buckets.some((b) => b.length > k); k++) {
    for (const b of buckets) if (b[k] && picked.length < count) picked.push(b[k]!);
  }
  return picked.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
