import { Agent, request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulators, type RunningSimulators } from './server.js';
import { sampleReferences } from './world/sample-references.js';

let sims: RunningSimulators;
const agent = new Agent({ connections: 64 });
const AUTH = { authorization: 'Bearer t' };

beforeAll(async () => {
  sims = await startSimulators({ erpPort: 0, wmsPort: 0, crmPort: 0 });
});
afterAll(async () => {
  await sims.close();
  await agent.close();
});
beforeEach(async () => {
  await Promise.all(
    [sims.erp, sims.wms, sims.crm].map((s) =>
      request(`${s.url}/_sim/reset`, { method: 'POST', dispatcher: agent }).then((r) => r.body.dump()),
    ),
  );
});

const scenario = async (url: string, body: object) => {
  const res = await request(`${url}/_sim/scenario`, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    dispatcher: agent,
  });
  await res.body.dump();
  return res.statusCode;
};
const erpOrder = (signal?: AbortSignal) =>
  request(`${sims.erp.url}/api/v1/sales-orders?numbers=${sampleReferences('acme', 1)[0]!.erpOrderNumber}`, {
    headers: { ...AUTH, 'x-company': 'ACME' },
    dispatcher: agent,
    signal,
  });

describe('startSimulators', () => {
  it('serves all three systems over real HTTP on the ports it reports', async () => {
    expect(sims.erp.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const erp = await erpOrder();
    expect(erp.statusCode).toBe(200);
    expect(((await erp.body.json()) as any).items).toHaveLength(1);
    const wms = await request(`${sims.wms.url}/wms/v2/orders/query`, {
      method: 'POST',
      headers: { ...AUTH, 'x-wms-account': 'acme-eu', 'content-type': 'application/json' },
      body: JSON.stringify({ tracking_numbers: [sampleReferences('acme', 1)[0]!.trackingNumber] }),
      dispatcher: agent,
    });
    expect(((await wms.body.json()) as any).orders).toHaveLength(1);
    const crm = await request(
      `${sims.crm.url}/api/v2/tickets/${sampleReferences('acme', 1)[0]!.ticketId}.json`,
      { headers: { ...AUTH, 'x-zendesk-subdomain': 'acme' }, dispatcher: agent },
    );
    expect(crm.statusCode).toBe(200);
    await crm.body.dump();
  });

  it('answers hundreds of concurrent requests over kept-alive connections', async () => {
    const responses = await Promise.all(Array.from({ length: 300 }, () => erpOrder()));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(responses.every((r) => r.headers['connection'] !== 'close')).toBe(true);
    await Promise.all(responses.map((r) => r.body.dump()));
  });

  it('answers 503 while down and again 200 after reset', async () => {
    expect(await scenario(sims.erp.url, { down: true })).toBe(200);
    const down = await erpOrder();
    expect(down.statusCode).toBe(503);
    expect(((await down.body.json()) as any).error.code).toBe('SERVICE_UNAVAILABLE');
    await request(`${sims.erp.url}/_sim/reset`, { method: 'POST', dispatcher: agent }).then((r) =>
      r.body.dump(),
    );
    const up = await erpOrder();
    expect(up.statusCode).toBe(200);
    await up.body.dump();
  });

  it('delays every business response by latencyMs', async () => {
    await scenario(sims.erp.url, { latencyMs: 150 });
    const started = performance.now();
    const res = await erpOrder();
    await res.body.dump();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers the errorRate share of requests with 503', async () => {
    await scenario(sims.erp.url, { errorRate: 1 });
    const res = await erpOrder();
    await res.body.dump();
    expect(res.statusCode).toBe(503);
  });

  it('never answers while hanging, until the client aborts', async () => {
    await scenario(sims.erp.url, { hang: true });
    const started = performance.now();
    await expect(erpOrder(AbortSignal.timeout(200))).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('rejects a bad scenario with 400', async () => {
    expect(await scenario(sims.erp.url, { errorRate: 2 })).toBe(400);
    expect(await scenario(sims.erp.url, { flaky: true })).toBe(400);
  });

  it('counts business requests per route, not control requests, and reset clears them', async () => {
    await erpOrder().then((r) => r.body.dump());
    await erpOrder().then((r) => r.body.dump());
    await request(`${sims.erp.url}/api/v1/sales-orders/lookup?by=rma&values=RMA-1`, {
      headers: { ...AUTH, 'x-company': 'ACME' },
      dispatcher: agent,
    }).then((r) => r.body.dump());
    const stats = (await (
      await request(`${sims.erp.url}/_sim/stats`, { dispatcher: agent })
    ).body.json()) as any;
    expect(stats).toEqual({
      total: 3,
      routes: { 'GET /api/v1/sales-orders': 2, 'GET /api/v1/sales-orders/lookup': 1 },
    });
    await request(`${sims.erp.url}/_sim/reset`, { method: 'POST', dispatcher: agent }).then((r) =>
      r.body.dump(),
    );
    const after = (await (
      await request(`${sims.erp.url}/_sim/stats`, { dispatcher: agent })
    ).body.json()) as any;
    expect(after).toEqual({ total: 0, routes: {} });
  });
});

describe('startSimulator', () => {
  it('closes promptly with a hung request and idle keep-alive sockets open', async () => {
    const { startSimulator } = await import('./server.js');
    const crm = await startSimulator('crm', { port: 0 });
    const own = new Agent();
    const idle = await request(`${crm.url}/_sim/stats`, { dispatcher: own });
    await idle.body.dump();
    crm.sim.update({ hang: true });
    const hung = request(`${crm.url}/api/v2/tickets/1.json`, {
      headers: { ...AUTH, 'x-zendesk-subdomain': 'acme' },
      dispatcher: own,
    });
    hung.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await crm.close();
    expect(performance.now() - started).toBeLessThan(500);
    await expect(hung).rejects.toThrow();
    await own.close();
  });
});
