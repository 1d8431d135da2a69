import { DAY, HOUR } from './clock.js';
import type { Counters } from './counters.js';
import type { Prng } from './prng.js';
import type { CreditMemo, OrderEvent, OrderLine, ReturnLine, ReturnRecord } from './types.js';

const DISPOSITION: Record<ReturnLine['reason'], readonly ReturnLine['disposition'][]> = {
  DAMAGED: ['SCRAP', 'SALVAGE'],
  WRONG_ITEM: ['RESTOCK'],
  NOT_NEEDED: ['RESTOCK'],
  DEFECT: ['REPAIR', 'SCRAP'],
  LATE: ['RESTOCK'],
};

const REFUND_REASONS = [
  'Freight refund: late delivery',
  'Goodwill',
  'Price adjustment per framework agreement',
  'Duplicate freight charge',
  'Missing item not reshipped',
];

/** Status of a return of the given age: young ones are in flight, old ones settled. */
function statusFor(rng: Prng, ageDays: number): ReturnRecord['status'] {
  if (ageDays < 3) return rng.weighted({ REQ: 40, AUTH: 45, CANC: 5, TRANSIT: 10 });
  if (ageDays < 10) return rng.weighted({ AUTH: 15, TRANSIT: 35, RCVD: 25, INSP: 15, CRED: 5, CANC: 5 });
  return rng.weighted({ TRANSIT: 3, RCVD: 3, INSP: 6, CRED: 70, REJ: 10, CANC: 8 });
}

export interface ReturnsResult {
  returns: ReturnRecord[];
  creditMemos: CreditMemo[];
  events: OrderEvent[];
}

/**
 * Returns (with credit memos for settled ones) and stand-alone refunds for a shipped order.
 * Line quantities returned and credited are written onto `lines`.
 */
export function buildReturns(
  rng: Prng,
  opts: {
    lines: OrderLine[];
    from: number;
    now: number;
    counters: Counters;
    returnCount: number;
    refund: boolean;
  },
): ReturnsResult {
  const { lines, from, now, counters } = opts;
  const result: ReturnsResult = { returns: [], creditMemos: [], events: [] };
  const unitOf = (l: OrderLine) => Math.round(l.lineAmountCents / l.qty);
  for (let r = 0; r < opts.returnCount; r++) {
    const candidates = lines.filter(
      (l) => l.qtyShipped - l.qtyReturned - pendingQty(result.returns, l.pos) > 0,
    );
    if (candidates.length === 0) break;
    const created = Math.min(now - HOUR, from + rng.int(1, 12) * DAY + r * rng.int(1, 5) * DAY);
    const status = statusFor(rng, (now - created) / DAY);
    const picked = candidates.slice(0, rng.int(1, Math.min(2, candidates.length)));
    const received = ['RCVD', 'INSP', 'CRED', 'REJ'].includes(status);
    const inspected = ['INSP', 'CRED', 'REJ'].includes(status);
    const reason = rng.weighted({ DAMAGED: 30, WRONG_ITEM: 20, NOT_NEEDED: 25, DEFECT: 20, LATE: 5 });
    const rlines: ReturnLine[] = picked.map((l) => {
      const open = l.qtyShipped - l.qtyReturned - pendingQty(result.returns, l.pos);
      const qty = rng.int(1, open);
      const qtyReceived = received ? (rng.chance(0.1) && qty > 1 ? qty - 1 : qty) : 0;
      return {
        pos: l.pos,
        sku: l.sku,
        qty,
        qtyReceived,
        reason,
        disposition: inspected ? rng.pick(DISPOSITION[reason]) : '',
      };
    });
    const rma = `RMA-${counters.next('rma', 2000001)}`;
    let creditMemo: string | null = null;
    result.events.push({
      ts: created,
      type: 'RMA_CREATED',
      text: `Return ${rma} created (${reason.toLowerCase().replace('_', ' ')})`,
    });
    for (const rl of rlines) {
      const line = lines.find((l) => l.pos === rl.pos)!;
      if (status !== 'REJ') line.qtyReturned += rl.qtyReceived;
      if (status === 'CRED') line.qtyCredited += rl.qtyReceived;
    }
    if (status === 'CRED') {
      creditMemo = `CM-${counters.next('doc', 3000001)}`;
      const gross = rlines.reduce(
        (s, rl) => s + rl.qtyReceived * unitOf(lines.find((l) => l.pos === rl.pos)!),
        0,
      );
      // Unwanted goods carry a restocking fee: the credit is partial on purpose.
      const amount = reason === 'NOT_NEEDED' ? Math.round(gross * 0.85) : gross;
      const at = Math.min(now - HOUR, created + rng.int(5, 15) * DAY);
      result.creditMemos.push({
        docNo: creditMemo,
        type: 'CREDIT_MEMO',
        status: rng.weighted({ POSTED: 40, PAID: 60 }),
        amountCents: amount,
        reason: reason === 'NOT_NEEDED' ? 'Return less 15% restocking fee' : `Return ${rma}`,
        created: at,
        rma,
      });
      result.events.push({ ts: at, type: 'CREDIT_POSTED', text: `Credit memo ${creditMemo} posted` });
    }
    result.returns.push({ rma, status, created, lines: rlines, creditMemo });
  }
  if (opts.refund) {
    const total = lines.reduce((s, l) => s + l.lineAmountCents, 0);
    const created = Math.min(now - HOUR, from + rng.int(1, 20) * DAY);
    const status = rng.weighted({ OPEN: 20, POSTED: 25, PAID: 45, FAILED: 10 });
    const docNo = `${rng.chance(0.7) ? 'RF' : 'CM'}-${counters.next('doc', 3000001)}`;
    result.creditMemos.push({
      docNo,
      type: docNo.startsWith('RF') ? 'REFUND' : 'CREDIT_MEMO',
      status,
      amountCents: Math.max(500, Math.round((total * rng.int(3, 20)) / 100)),
      reason: rng.pick(REFUND_REASONS),
      created,
      rma: null,
    });
    if (status !== 'OPEN')
      result.events.push({ ts: created, type: 'CREDIT_POSTED', text: `${docNo} posted` });
  }
  return result;
}

function pendingQty(returns: ReturnRecord[], pos: number): number {
  let n = 0;
  for (const r of returns)
    for (const l of r.lines) if (l.pos === pos && l.qtyReceived === 0 && r.status !== 'CANC') n += l.qty;
  return n;
}
