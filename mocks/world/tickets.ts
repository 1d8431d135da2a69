import { DAY, HOUR, MINUTE } from './clock.js';
import type { Counters } from './counters.js';
import type { Customer } from './customers.js';
import type { Prng } from './prng.js';
import type { Ticket, WorldOrder } from './types.js';

type Topic =
  | 'wismo'
  | 'damaged'
  | 'return'
  | 'invoice'
  | 'address'
  | 'cancel'
  | 'missing'
  | 'backorder'
  | 'hold'
  | 'delivery_problem';

interface Template {
  subject: (ref: string) => string;
  body: (ref: string, o: WorldOrder) => string;
  type: Ticket['type'];
  tags: string[];
}

const TEMPLATES: Record<Topic, Template> = {
  wismo: {
    subject: (r) => `Where is my order ${r}?`,
    body: (r) =>
      `Hello, we ordered ${r || 'some parts'} last week and have not received anything yet. Can you tell us when it will arrive?`,
    type: 'question',
    tags: ['wismo'],
  },
  damaged: {
    subject: (r) => `Damaged goods received ${r}`.trim(),
    body: (r) =>
      `Part of the delivery ${r} arrived damaged, the box was crushed. Please advise how to proceed.`,
    type: 'incident',
    tags: ['damage', 'claim'],
  },
  return: {
    subject: (r) => `Return request ${r}`.trim(),
    body: (r, o) =>
      `We would like to return items from order ${r || 'of last month'}: ${o.lines[0]?.name ?? 'parts'}. Please send an RMA.`,
    type: 'task',
    tags: ['return'],
  },
  invoice: {
    subject: (r) => `Invoice copy needed ${r}`.trim(),
    body: (r) => `Our accounts payable needs a copy of the invoice for ${r || 'our recent order'}.`,
    type: 'question',
    tags: ['invoice'],
  },
  address: {
    subject: () => 'Change of delivery address',
    body: (r) => `Please deliver ${r || 'our open order'} to our second site instead, dock 4.`,
    type: 'task',
    tags: ['address_change'],
  },
  cancel: {
    subject: (r) => `Cancel order ${r}`.trim(),
    body: (r) => `We no longer need ${r || 'the order we placed'}, please cancel if it has not shipped.`,
    type: 'task',
    tags: ['cancellation'],
  },
  missing: {
    subject: (r) => `Items missing from delivery ${r}`.trim(),
    body: (r) => `The delivery for ${r || 'our order'} is incomplete, several positions are missing.`,
    type: 'incident',
    tags: ['missing_items'],
  },
  backorder: {
    subject: (r) => `When will the rest of ${r || 'our order'} ship?`,
    body: (r) => `We received a partial delivery of ${r}. When will the backordered items follow?`,
    type: 'question',
    tags: ['backorder', 'wismo'],
  },
  hold: {
    subject: (r) => `Order ${r} not confirmed`,
    body: (r) => `We placed ${r} days ago and still have no confirmation. Is there a problem?`,
    type: 'question',
    tags: ['credit_hold'],
  },
  delivery_problem: {
    subject: (r) => `Delivery failed ${r}`.trim(),
    body: (r) =>
      `The tracking for ${r || 'our shipment'} says delivery failed / returned. We need the parts urgently.`,
    type: 'problem',
    tags: ['delivery_exception', 'wismo'],
  },
};

const TROUBLE = new Set([
  'delayed',
  'failed_attempt',
  'available_for_pickup',
  'returned_to_sender',
  'lost',
  'damaged',
]);

function topicsFor(o: WorldOrder): Topic[] {
  const outcomes = (o.wms?.shipments ?? []).map((s) => s.outcome);
  const topics: Topic[] = [];
  if (outcomes.some((x) => x === 'lost' || x === 'returned_to_sender' || x === 'failed_attempt'))
    topics.push('delivery_problem');
  if (outcomes.includes('damaged')) topics.push('damaged');
  if (o.returns.length > 0) topics.push('return');
  if (o.lifecycle === 'partially_shipped') topics.push('backorder', 'missing');
  if (o.lifecycle === 'credit_hold' || o.lifecycle === 'manual_hold') topics.push('hold');
  if (o.lifecycle === 'invoiced') topics.push('invoice');
  if (['pending', 'in_fulfilment', 'draft'].includes(o.lifecycle)) topics.push('address', 'cancel');
  topics.push('wismo');
  return topics;
}

/** How likely the customer writes in: trouble makes tickets. */
export function ticketChance(o: WorldOrder): number {
  if ((o.wms?.shipments ?? []).some((s) => s.outcome !== null && TROUBLE.has(s.outcome))) return 0.75;
  if (o.returns.length > 0) return 0.65;
  if (o.lifecycle === 'partially_shipped' || o.lifecycle === 'credit_hold') return 0.45;
  return 0.22;
}

/** The order field as a requester or agent typed it. */
function messyOrderField(rng: Prng, number: string): string | null {
  const digits = number.slice(3);
  switch (rng.weighted({ clean: 60, lower: 8, space: 8, bare: 8, hash: 6, none: 10 })) {
    case 'clean':
      return number;
    case 'lower':
      return `so${digits}`;
    case 'space':
      return `SO ${digits}`;
    case 'bare':
      return digits;
    case 'hash':
      return `#${number}`;
    case 'none':
      return null;
  }
}

export interface TicketCtx {
  counters: Counters;
  now: number;
  requesterIdOf: (c: Customer) => number;
  agents: readonly number[];
}

/** The helpdesk tickets customers opened about one order, oldest first. */
export function buildTickets(rng: Prng, o: WorldOrder, count: number, ctx: TicketCtx): Ticket[] {
  const topics = topicsFor(o);
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const topic = i === 0 ? topics[0]! : rng.pick(topics);
    const t = TEMPLATES[topic];
    const orderField = messyOrderField(rng, o.number);
    const mention = orderField === null ? (rng.chance(0.5) ? o.number : '') : o.number;
    const created = Math.min(
      ctx.now - 10 * MINUTE,
      o.created + rng.int(1, 10) * DAY * (i + 1) * 0.5 + rng.int(0, 600) * MINUTE,
    );
    const ageDays = (ctx.now - created) / DAY;
    const status: Ticket['status'] =
      ageDays < 1
        ? rng.weighted({ new: 50, open: 50 })
        : ageDays < 6
          ? rng.weighted({ open: 45, pending: 35, hold: 10, solved: 10 })
          : rng.weighted({ open: 5, pending: 5, solved: 45, closed: 45 });
    const requesterId = ctx.requesterIdOf(o.customer);
    const assigneeId = status === 'new' ? null : rng.pick(ctx.agents);
    const comments: Ticket['comments'] = [
      {
        id: ctx.counters.next('comment', 7_000_001),
        authorId: requesterId,
        body: t.body(mention, o),
        public: true,
        createdAt: created,
      },
    ];
    let ts = created;
    const replies = status === 'new' ? 0 : rng.int(1, 4);
    for (let k = 0; k < replies && assigneeId !== null; k++) {
      ts = Math.min(ctx.now - MINUTE, ts + rng.int(10, 600) * MINUTE);
      const agent = k % 2 === 0;
      const internal = agent && rng.chance(0.3);
      comments.push({
        id: ctx.counters.next('comment', 7_000_001),
        authorId: agent ? assigneeId : requesterId,
        body: agent
          ? internal
            ? `Checked ERP and WMS for ${o.number}; waiting on warehouse.`
            : `Thank you, we are looking into ${o.number} and will update you shortly.`
          : 'Thanks, any news?',
        public: !internal,
        createdAt: ts,
      });
    }
    const urgent = topic === 'delivery_problem' || (topic === 'damaged' && o.customer.tier === 'A');
    tickets.push({
      id: ctx.counters.next('ticket', 48001),
      subject: t.subject(mention),
      description: comments[0]!.body,
      status,
      priority: rng.chance(0.1)
        ? null
        : urgent
          ? rng.pick(['urgent', 'high'] as const)
          : rng.weighted({ high: 15, normal: 70, low: 15 }),
      type: rng.chance(0.1) ? null : t.type,
      requesterId,
      assigneeId,
      createdAt: created,
      updatedAt: Math.min(
        ctx.now - MINUTE,
        Math.max(ts, created) + (status === 'solved' || status === 'closed' ? HOUR : 0),
      ),
      tags: o.customer.tier === 'A' ? [...t.tags, 'key_account'] : [...t.tags],
      channel: rng.weighted({ email: 50, web: 25, voice: 12, chat: 10, api: 3 }),
      orderField,
      comments,
    });
  }
  return tickets;
}
