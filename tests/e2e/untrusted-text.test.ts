import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { launchBrowser, newPage, screenshot } from './support/browser.js';
import { panelOf, searchFor, unclipSidebar, waitForOrder } from './support/panel.js';

const SCRIPT = '<script>window.__xss = "script"</script>';
const IMG = '<img src=x onerror="window.__xss = \'img\'">';
const SVG = '<svg onload="window.__xss = \'svg\'"></svg>';

/** Rewrites an order answer so every upstream text and link the panel shows is hostile. */
function poison(order: any): void {
  order.customer.name = `ACME ${IMG}`;
  order.references.customerPo = SVG;
  for (const line of order.lines) line.description = `Bearing ${SCRIPT}`;
  for (const s of order.shipments) {
    s.trackingUrl = 'javascript:window.__xss="tracking"';
    s.carrier = `DHL ${IMG}`;
    for (const m of s.milestones) m.description = `Scanned ${SVG}`;
  }
  order.cases = [
    {
      id: '1',
      subject: `Help ${SCRIPT}`,
      status: 'OPEN',
      priority: 'HIGH',
      updatedAt: order.placedAt,
      url: 'javascript:window.__xss="case"',
      requester: null,
    },
    {
      id: '2',
      subject: 'Data link',
      status: 'OPEN',
      priority: null,
      updatedAt: order.placedAt,
      url: 'data:text/html,<script>alert(1)</script>',
      requester: null,
    },
    {
      id: '3',
      subject: 'Fine link',
      status: 'OPEN',
      priority: null,
      updatedAt: order.placedAt,
      url: 'https://acme.zendesk.com/agent/tickets/3',
      requester: null,
    },
  ];
  for (const e of order.timeline) e.summary = `Event ${IMG}`;
  for (const r of order.returns) for (const l of r.lines) l.reason = SCRIPT;
}

describe('upstream text in the panel (T11)', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('renders markup as inert text and never links a javascript: or data: URL', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page, context, errors } = await newPage(browser);
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      if (json.data?.order) poison(json.data.order);
      await route.fulfill({ response, json });
    });
    await page.goto(`${stack.url}/desk/#/call`);
    await unclipSidebar(page);
    await searchFor(page, sample!.erpOrderNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    const panel = panelOf(page);

    await panel.getByText(`Bearing ${SCRIPT}`).first().waitFor(); // shown as the characters it is
    await expect(panel.getByText(`Help ${SCRIPT}`).count()).resolves.toBe(1);
    const hrefs = await panel
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(['https://acme.zendesk.com/agent/tickets/3']);
    const injected = await panel.evaluate(
      (el) => el.shadowRoot!.querySelectorAll('script, img, svg [onload], [onerror]').length,
    );
    expect(injected).toBe(0);

    // Clicking where the case link would be does nothing either.
    await panel.getByText(`Help ${SCRIPT}`).click();
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await screenshot(page, 'panel-untrusted-text', 'orderlens-order-panel');
    await context.close();
  });
});
