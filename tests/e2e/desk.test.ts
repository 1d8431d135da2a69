import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getWorld } from '../../mocks/world/index.js';
import { startStack, type Stack } from '../support/start-stack.js';
import { launchBrowser, newPage, screenshot, SCREENSHOTS } from './support/browser.js';
import { panelOf, renderTimings, searchFor, unclipSidebar, waitForOrder } from './support/panel.js';

interface DeskTicket {
  id: string;
  orderField: string | null;
}

describe('the demo desk with the order panel', () => {
  let stack: Stack;
  let browser: Browser;
  let tickets: DeskTicket[];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    const res = await fetch(`${stack.url}/demo/tickets?tenant=acme&count=14`);
    tickets = ((await res.json()) as { tickets: DeskTicket[] }).tickets;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  const contexts: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    await stack.reset();
  });

  async function openDesk(hash = '', query = '') {
    const opened = await newPage(browser);
    contexts.push(opened.context);
    await opened.page.goto(`${stack.url}/desk/${query}${hash}`);
    await opened.page.locator('.queue-item[data-ticket]').first().waitFor();
    return opened;
  }
  const orderOfTicket = async (ticketId: string, agent?: string) => {
    const query = 'query($r:String!){order(ref:$r,kind:TICKET_ID){id}}';
    const { body } = await stack.gql<{ order: { id: string } | null }>(query, { r: ticketId }, agent);
    const id = body.data?.order?.id;
    if (!id) throw new Error(`ticket ${ticketId} resolves to no order`);
    return id;
  };

  it('shows the picked ticket’s order in the sidebar', async () => {
    const { page, errors } = await openDesk();
    const ticket = tickets.find((t) => t.orderField)!;
    await page.locator(`.queue-item[data-ticket="${ticket.id}"]`).click();
    const expected = await orderOfTicket(ticket.id);
    await waitForOrder(page, expected);
    await expect(panelOf(page).locator('[part~="chip"]').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(panelOf(page).locator('[part~="case"][data-current]').count()).resolves.toBe(1);
    await screenshot(page, 'desk-ticket');
    expect(errors).toEqual([]);
  });

  it('switches the demo agent, and with it the tenant’s queue and the panel’s token', async () => {
    const { page } = await openDesk();
    await page.getByLabel('Agent').selectOption('agent-gary');
    await page.locator('#queue-h', { hasText: 'globex' }).waitFor();
    const res = await fetch(`${stack.url}/demo/tickets?tenant=globex&count=14`);
    const globex = ((await res.json()) as { tickets: DeskTicket[] }).tickets.find((t) => t.orderField)!;
    await page.locator(`.queue-item[data-ticket="${globex.id}"]`).click();
    const expected = await orderOfTicket(globex.id, 'agent-gary');
    await waitForOrder(page, expected);
    await expect(panelOf(page).locator('.facts dd').first().textContent()).resolves.toMatch(/^(US)?\$/);
    expect(page.url()).toContain('agent=agent-gary');
  });

  it('resolves every kind of reference an agent can type, and a customer’s email', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page } = await openDesk('#/call');
    const kinds = [
      'erpOrderNumber',
      'wmsReference',
      'channelReference',
      'customerPo',
      'trackingNumber',
      'rmaNumber',
      'ticketId',
    ] as const;
    for (const kind of kinds) {
      await searchFor(page, sample![kind]);
      await waitForOrder(page, sample!.erpOrderNumber);
      await panelOf(page).getByRole('button', { name: 'Back' }).click();
    }
    await searchFor(page, sample!.customerEmail);
    await panelOf(page)
      .getByRole('heading', { name: `Recent orders of ${sample!.customerEmail}` })
      .waitFor();
    await expect(panelOf(page).locator('[part~="order-option"]').count()).resolves.toBeGreaterThan(0);
  });

  it('shows lines, shipments with tracking, returns, refunds, cases and the timeline of an order', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page } = await openDesk('#/call');
    await unclipSidebar(page);
    await searchFor(page, sample!.trackingNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    const panel = panelOf(page);
    for (const section of ['Lines', 'Shipments', 'Returns', 'Refunds', 'Cases', 'Timeline']) {
      await expect(panel.getByRole('heading', { name: new RegExp(`^${section}`) }).count()).resolves.toBe(1);
    }
    await expect(panel.locator('[part~="shipment"] a[href^="https://"]').count()).resolves.toBeGreaterThan(0);
    await expect(panel.getByText(sample!.rmaNumber).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'panel-order', 'orderlens-order-panel');
  });

  it('lists the requester’s recent orders when the context names only a customer, and opens the one picked', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page } = await openDesk('#/call');
    const panel = panelOf(page);
    await panel.locator('input[type=search]').waitFor();
    // Context by attribute, as a generic host sets it.
    await panel.evaluate((el, email) => el.setAttribute('customer-email', email), sample!.customerEmail);
    const options = panel.locator('[part~="order-option"]');
    await options.first().waitFor();
    await screenshot(page, 'panel-customer-orders', 'orderlens-order-panel');
    const id = (await options.first().getAttribute('data-order'))!;
    await options.first().click();
    await waitForOrder(page, id);
    await panel.getByRole('button', { name: 'Back' }).click();
    await options.first().waitFor();
  });

  it('shows a banner for a system that is down, and what the other systems know', async () => {
    const [sample] = stack.samples('acme', 2).slice(1);
    const { page } = await openDesk('#/call');
    await unclipSidebar(page);
    const panel = panelOf(page);

    await stack.scenario('wms', { down: true });
    await searchFor(page, sample!.erpOrderNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    await panel
      .locator('[part~="banner"][data-system="WMS"]', { hasText: 'Warehouse is not answering' })
      .waitFor();
    await expect(panel.locator('[part~="line"]').count()).resolves.toBeGreaterThan(0);
    await expect(panel.locator('[part~="case"]').count()).resolves.toBeGreaterThan(0);
    await expect(panel.locator('[part~="shipment"]').count()).resolves.toBe(0);
    await expect(panel.locator('[part~="chip-down"]').count()).resolves.toBe(1);
    await screenshot(page, 'panel-wms-down', 'orderlens-order-panel');

    await stack.reset();
    await stack.scenario('crm', { down: true });
    await panel.getByRole('button', { name: 'Back' }).click();
    await searchFor(page, sample!.erpOrderNumber);
    await panel.locator('[part~="banner"][data-system="CRM"]').waitFor();
    await expect(panel.locator('[part~="banner"]').count()).resolves.toBe(1);
    await expect(panel.locator('[part~="shipment"]').count()).resolves.toBeGreaterThan(0);

    await stack.reset();
    await stack.scenario('erp', { down: true });
    await panel.getByRole('button', { name: 'Back' }).click();
    await searchFor(page, 'SO-1000042');
    await panel.locator('[part~="banner"][data-system="ERP"]').waitFor();
    await panel.getByText('The order cannot be loaded right now.').waitFor();
    await screenshot(page, 'panel-erp-down', 'orderlens-order-panel');
  });

  it('keeps showing the last-known warehouse part, with its age, when the warehouse stops answering', async () => {
    const [sample] = stack.samples('acme', 3).slice(2);
    const { page } = await openDesk('#/call');
    await unclipSidebar(page);
    const panel = panelOf(page);
    await searchFor(page, sample!.erpOrderNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    const shipments = await panel.locator('[part~="shipment"]').count();
    await stack.scenario('wms', { down: true });
    await panel.getByRole('button', { name: 'Refresh' }).click();
    await panel.locator('[part~="banner"]', { hasText: 'Showing what it said at' }).waitFor();
    await expect(panel.locator('[part~="shipment"]').count()).resolves.toBe(shipments);
    await expect(panel.locator('[part~="chip-stale"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'panel-wms-last-known', 'orderlens-order-panel');
  });

  it('says when nothing matches, shows empty sections and shortens long lists', async () => {
    const world = getWorld();
    const held = world.orders.find((o) => o.tenant === 'acme' && o.lifecycle === 'credit_hold')!;
    const long = world.orders.find((o) => o.tenant === 'acme' && o.lines.length >= 8 && o.wms)!;
    const { page } = await openDesk('#/call');
    await unclipSidebar(page);
    const panel = panelOf(page);

    await searchFor(page, 'SO-9999999');
    await panel.getByText('No order matches “SO-9999999”.').waitFor();
    await screenshot(page, 'panel-not-found', 'orderlens-order-panel');

    await searchFor(page, held.number);
    await waitForOrder(page, held.number);
    await panel.getByText('Nothing shipped yet.').waitFor();
    await screenshot(page, 'panel-empty-sections', 'orderlens-order-panel');

    await panel.getByRole('button', { name: 'Back' }).click();
    await searchFor(page, long.number);
    await waitForOrder(page, long.number);
    const more = panel.locator('#h-lines ~ button.more');
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(panel.locator('[part~="line"]').count()).resolves.toBe(5);
    await more.click();
    await expect(panel.locator('[part~="line"]').count()).resolves.toBe(long.lines.length);
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
  });

  it('shows loading skeletons until the data arrives', async () => {
    const { page } = await openDesk('#/call');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await gate;
      await route.continue();
    });
    await searchFor(page, stack.samples('acme', 1)[0]!.erpOrderNumber);
    await panelOf(page).locator('[part~="skeleton"]').waitFor();
    await expect(panelOf(page).locator('[part~="panel"]').getAttribute('aria-busy')).resolves.toBe('true');
    await screenshot(page, 'panel-loading', 'orderlens-order-panel');
    release();
    await panelOf(page).locator('h2.order-id').waitFor();
  });

  it('speaks German with German dates and money, in dark mode, within a 320 px sidebar', async () => {
    const [sample] = stack.samples('acme', 1);
    const opened = await newPage(browser, { width: 320, height: 800 });
    contexts.push(opened.context);
    const { page } = opened;
    await page.goto(`${stack.url}/desk/?lang=de&theme=dark#/call`);
    await searchFor(page, sample!.erpOrderNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    const panel = panelOf(page);
    await panel.getByRole('heading', { name: /^Positionen/ }).waitFor();
    await expect(panel.locator('.facts dd').first().textContent()).resolves.toMatch(/^[\d.]+,\d\d\s€$/);
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'panel-de-dark-320', 'orderlens-order-panel');
  });

  it('renders the panel within a frame of the data arriving (B9), and records the timings', async () => {
    const { page } = await openDesk('#/call');
    const refs = stack.samples('acme', 6).map((s) => s.erpOrderNumber);
    const render: number[] = [];
    const paint: number[] = [];
    for (const ref of refs) {
      await page.evaluate(() => performance.clearMeasures());
      await searchFor(page, ref);
      await waitForOrder(page, ref);
      const t = await renderTimings(page);
      render.push(...t.render);
      paint.push(...t.paint);
      await panelOf(page).getByRole('button', { name: 'Back' }).click();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const report = {
      samples: render.length,
      renderMedianMs: median(render),
      renderMaxMs: Math.max(...render),
      paintMedianMs: median(paint),
      paintMaxMs: Math.max(...paint),
    };
    await writeFile(new URL('../widget-render.json', SCREENSHOTS), JSON.stringify(report, null, 2));
    console.log('widget data→render (ms):', report);
    expect(render.length).toBe(refs.length);
  });
});
