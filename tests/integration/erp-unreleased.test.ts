import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../mocks/server.js';
import { getWorld } from '../../mocks/world/index.js';
import { createErpClient } from '../../bff/src/upstream/erp/erp-client.js';

describe('ErpClient.unreleasedOrders against the ERP simulator', () => {
  let sim: RunningSimulator;
  let erp: ReturnType<typeof createErpClient>;
  beforeAll(async () => {
    sim = await startSimulator('erp', { port: 0 });
    erp = createErpClient({
      baseUrl: sim.url,
      apiKey: 'k',
      timeoutMs: 2000,
      companies: { acme: 'ACME', globex: 'GLOBEX' },
    });
  });
  afterAll(async () => {
    await erp.close();
    await sim.close();
  });

  it("pages through the seeded world's confirmed, unreleased orders older than the bound", async () => {
    const before = '2026-10-31T00:00:00.000Z';
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await erp.unreleasedOrders('globex', before, { first: 50, after });
      seen.push(...page.items.map((o) => o.number));
      expect(page.items.every((o) => o.status === 'CONFIRMED' && o.statusAsOf < before)).toBe(true);
      after = page.next;
    } while (after !== null && seen.length < 1000);
    const expected = getWorld().orders.filter(
      (o) => o.tenant === 'globex' && o.erpStatus === 'OPEN' && o.statusChanged < Date.parse(before),
    );
    expect(seen).toEqual(
      [...expected]
        .sort((a, b) => a.statusChanged - b.statusChanged || a.number.localeCompare(b.number))
        .map((o) => o.number),
    );
  });
});
