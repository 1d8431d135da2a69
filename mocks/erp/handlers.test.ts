import { describe, expect, it } from 'vitest';
import { callHandlers } from '../shared/call-handlers.js';
import { createSimState } from '../shared/sim-state.js';
import { getWorld } from '../world/world.js';
import { sampleReferences } from '../world/sample-references.js';
import { createErpData } from './data.js';
import { createErpHandlers } from './handlers.js';

const BASE = 'http://erp.test/api/v1';
const AS_ACME = { authorization: 'Bearer t', 'x-company': 'ACME' };
const AS_GLOBEX = { authorization: 'Bearer t', 'x-company': 'GLOBEX' };

const setup = () => {
  const sim = createSimState();
  return { sim, handlers: createErpHandlers({ sim }) };
};
const acmeNumbers = (n: number) =>
  getWorld()
    .orders.filter((o) => o.tenant === 'acme')
    .slice(0, n)
    .map((o) => o.number);

describe('ERP sales-orders batch', () => {
  it('answers a batch and lists unknown and malformed numbers as missing', async () => {
    const { handlers } = setup();
    const numbers = acmeNumbers(3);
    const res = await callHandlers(
      handlers,
      `${BASE}/sales-orders?numbers=${[...numbers, 'SO-9999999', 'nope'].join(',')}`,
      { headers: AS_ACME },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((o: any) => o.order_no).sort()).toEqual([...numbers].sort());
    expect(res.body.missing.sort()).toEqual(['SO-9999999', 'nope']);
  });

  it('includes expansions only when asked', async () => {
    const { handlers } = setup();
    const [number] = acmeNumbers(1);
    const plain = await callHandlers(handlers, `${BASE}/sales-orders?numbers=${number}`, {
      headers: AS_ACME,
    });
    expect(plain.body.items[0]).not.toHaveProperty('customer');
    expect(plain.body.items[0].order_no).toMatch(/^SO-\d{7}$/);
    expect(plain.body.items[0].created).toMatch(/^\d{14}$/);
    expect(plain.body.items[0].net_total.value).toMatch(/^\d+\.\d{4}$/);
    const full = await callHandlers(
      handlers,
      `${BASE}/sales-orders?numbers=${number}&expand=customer,returns,credit_memos`,
      { headers: AS_ACME },
    );
    expect(full.body.items[0].customer.customer_no).toMatch(/^C-\d+$/);
    expect(full.body.items[0]).toHaveProperty('returns');
    expect(full.body.items[0]).toHaveProperty('credit_memos');
  });

  it('keeps tenants apart: an acme number asked as GLOBEX is missing', async () => {
    const { handlers } = setup();
    const [number] = acmeNumbers(1);
    const res = await callHandlers(handlers, `${BASE}/sales-orders?numbers=${number}`, {
      headers: AS_GLOBEX,
    });
    expect(res.body).toEqual({ items: [], missing: [number] });
  });

  it('answers 400 in its own shape for more than 50 numbers, no numbers, or an unknown expand', async () => {
    const { handlers } = setup();
    for (const query of [
      `numbers=${acmeNumbers(51).join(',')}`,
      'numbers=',
      `numbers=SO-1000001&expand=lines`,
    ]) {
      const res = await callHandlers(handlers, `${BASE}/sales-orders?${query}`, { headers: AS_ACME });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
    }
  });

  it('answers 401 without Authorization, 400 without X-Company and 404 for an unknown company', async () => {
    const { handlers } = setup();
    const url = `${BASE}/sales-orders?numbers=SO-1000001`;
    expect((await callHandlers(handlers, url, { headers: { 'x-company': 'ACME' } })).status).toBe(401);
    expect((await callHandlers(handlers, url, { headers: { authorization: 'x' } })).status).toBe(400);
    expect(
      (await callHandlers(handlers, url, { headers: { authorization: 'x', 'x-company': 'UMBRELLA' } }))
        .status,
    ).toBe(404);
  });
});

describe('ERP sales-orders lookup', () => {
  it('finds orders by channel ref, customer PO and RMA, leaving unmatched values out', async () => {
    const { handlers } = setup();
    const [s] = sampleReferences('acme', 1);
    for (const [by, value] of [
      ['channel_ref', s!.channelReference],
      ['customer_po', s!.customerPo],
      ['rma', s!.rmaNumber],
    ] as const) {
      const res = await callHandlers(
        handlers,
        `${BASE}/sales-orders/lookup?by=${by}&values=${encodeURIComponent(value)},nothing-here`,
        { headers: AS_ACME },
      );
      expect(res.status).toBe(200);
      expect(res.body.matches).toContainEqual({ value, order_no: s!.erpOrderNumber });
      expect(res.body.matches.every((m: any) => m.value !== 'nothing-here')).toBe(true);
    }
  });

  it('answers 400 for an unknown lookup kind', async () => {
    const { handlers } = setup();
    const res = await callHandlers(handlers, `${BASE}/sales-orders/lookup?by=email&values=a`, {
      headers: AS_ACME,
    });
    expect(res.status).toBe(400);
  });
});

describe('ERP sales-orders search', () => {
  const customer = () =>
    getWorld().orderByNumber.get(sampleReferences('acme', 1)[0]!.erpOrderNumber)!.customer;

  it("finds a customer's orders by email, phone digits, name or number, newest first", async () => {
    const { handlers } = setup();
    const c = customer();
    const expected = getWorld().orders.filter((o) => o.tenant === 'acme' && o.customer === c).length;
    const queries = [`email=${encodeURIComponent(c.email!.toUpperCase())}`, `customer_no=${c.number}`];
    if (c.phone) queries.push(`phone=${encodeURIComponent(c.phone.replace(/\D/g, ''))}`);
    for (const q of queries) {
      const res = await callHandlers(handlers, `${BASE}/sales-orders/search?${q}&limit=50`, {
        headers: AS_ACME,
      });
      expect(res.status, q).toBe(200);
      expect(res.body.items.length, q).toBe(Math.min(50, expected));
      const created = res.body.items.map((o: any) => o.created);
      expect(created).toEqual([...created].sort().reverse());
    }
    const byName = await callHandlers(
      handlers,
      `${BASE}/sales-orders/search?name=${encodeURIComponent(c.name.slice(2, 12).toLowerCase())}&expand=customer`,
      { headers: AS_ACME },
    );
    expect(byName.body.items.some((o: any) => o.customer.customer_no === c.number)).toBe(true);
  });

  it('pages with an opaque cursor until next_cursor is null', async () => {
    const { handlers } = setup();
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: any = await callHandlers(
        handlers,
        `${BASE}/sales-orders/search?name=gmbh&limit=50&cursor=${cursor}`,
        { headers: AS_ACME },
      );
      seen.push(...res.body.items.map((o: any) => o.order_no));
      cursor = res.body.next_cursor;
      if (seen.length > 200) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(50);
  });

  it('answers 400 for zero or two filters, a bad limit or a bad cursor', async () => {
    const { handlers } = setup();
    for (const q of ['', 'email=a@b.de&name=x', 'name=x&limit=51', 'name=x&limit=0', 'name=x&cursor=zzz']) {
      expect(
        (await callHandlers(handlers, `${BASE}/sales-orders/search?${q}`, { headers: AS_ACME })).status,
        q,
      ).toBe(400);
    }
  });
});

describe('ERP unreleased sales orders', () => {
  const URL_ = `${BASE}/sales-orders/unreleased`;
  const BEFORE = '20261031000000';
  const expected = (tenant: 'acme' | 'globex') =>
    getWorld()
      .orders.filter(
        (o) => o.tenant === tenant && o.erpStatus === 'OPEN' && o.statusChanged < Date.UTC(2026, 9, 31),
      )
      .map((o) => o.number);
  const pageAll = async (handlers: ReturnType<typeof createErpHandlers>, headers: object, limit: number) => {
    const items: any[] = [];
    const calls: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null && calls.length < 100) {
      const res: any = await callHandlers(
        handlers,
        `${URL_}?changed_before=${BEFORE}&limit=${limit}&cursor=${cursor}&expand=customer`,
        { headers: headers as Record<string, string> },
      );
      expect(res.status).toBe(200);
      calls.push(res.body.items.length);
      items.push(...res.body.items);
      cursor = res.body.next_cursor;
    }
    return { items, calls };
  };

  it('pages through confirmed orders not yet released and older than changed_before, oldest first', async () => {
    const { handlers } = setup();
    const { items, calls } = await pageAll(handlers, AS_ACME, 20);
    const want = expected('acme');
    expect(want.length).toBeGreaterThan(40);
    expect(calls.slice(0, -1).every((n) => n === 20)).toBe(true);
    expect(items.map((o) => o.order_no).sort()).toEqual([...want].sort());
    expect(items.every((o) => o.doc_status === 'OPEN' && o.status_changed < BEFORE)).toBe(true);
    const keys = items.map((o) => `${o.status_changed} ${o.order_no}`);
    expect(keys).toEqual([...keys].sort());
    expect(items[0].customer.customer_no).toMatch(/^C-\d+$/);
    expect(items[0]).not.toHaveProperty('returns');
  });

  it('keeps tenants apart', async () => {
    const { handlers } = setup();
    const { items } = await pageAll(handlers, AS_GLOBEX, 50);
    expect(items.map((o) => o.order_no).sort()).toEqual(expected('globex').sort());
    expect(items.every((o) => o.company === 'GLOBEX')).toBe(true);
  });

  it('keeps its place when orders leave the list between pages', async () => {
    const base = createErpData();
    const released = new Set<string>();
    const data = {
      ...base,
      unreleased: (t: any) => base.unreleased(t).filter((o) => !released.has(o.orderNo)),
    };
    const handlers = createErpHandlers({ data });
    const all = expected('acme');
    const first: any = await callHandlers(handlers, `${URL_}?changed_before=${BEFORE}&limit=5`, {
      headers: AS_ACME,
    });
    const firstPage = first.body.items.map((o: any) => o.order_no);
    // Released meanwhile: most of the first page and the first order of the next.
    for (const n of firstPage.slice(0, 4)) released.add(n);
    const inOrder = base
      .unreleased('acme')
      .map((o) => o.orderNo)
      .filter((n) => all.includes(n));
    released.add(inOrder[5]!);
    const second: any = await callHandlers(
      handlers,
      `${URL_}?changed_before=${BEFORE}&limit=5&cursor=${first.body.next_cursor}`,
      { headers: AS_ACME },
    );
    expect(second.body.items.map((o: any) => o.order_no)).toEqual(inOrder.slice(6, 11));
  });

  it('answers 400 with a reason for a missing or malformed changed_before, a bad limit, cursor or expand', async () => {
    const { handlers } = setup();
    for (const [query, reason] of [
      ['', 'changed_before is required'],
      ['changed_before=2026-10-31', 'changed_before must be a timestamp YYYYMMDDHHmmss'],
      ['changed_before=20261341000000', 'changed_before must be a timestamp YYYYMMDDHHmmss'],
      [`changed_before=${BEFORE}&limit=51`, 'limit must be an integer from 1 to 50'],
      [`changed_before=${BEFORE}&limit=0`, 'limit must be an integer from 1 to 50'],
      [`changed_before=${BEFORE}&cursor=zzz`, 'invalid cursor'],
      [`changed_before=${BEFORE}&expand=lines`, 'unknown expand lines'],
    ]) {
      const res = await callHandlers(handlers, `${URL_}?${query}`, { headers: AS_ACME });
      expect(res.status, query).toBe(400);
      expect(res.body.error, query).toEqual({ code: 'BAD_REQUEST', message: reason });
    }
  });
});
