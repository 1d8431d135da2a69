import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { launchBrowser, newPage } from './support/browser.js';
import { panelOf, searchFor, waitForOrder } from './support/panel.js';

/** The focused element, looking through shadow roots, as a short description. */
function deepFocus(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: '', text: '', id: '', order: '', outline: '' };
    return {
      tag: el.tagName.toLowerCase(),
      order: el.getAttribute('data-order') ?? '',
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      id: el.id,
      outline: getComputedStyle(el).outlineStyle,
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabUntil(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof deepFocus>>) => boolean,
  max = 60,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (matches(focus)) return focus;
  }
  throw new Error('focus never reached the expected element');
}

/** Runs axe-core in the page and returns the serious and critical violations. */
async function seriousViolations(page: Page) {
  await page.evaluate(axe.source); // evaluated by the DevTools protocol, so the desk's CSP still holds
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the order panel’s accessibility', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it.each([
    ['light', 'en'],
    ['dark', 'de'],
  ])('has no serious or critical axe violations in every state (%s theme, %s)', async (theme, lang) => {
    const [sample] = stack.samples('acme', 1);
    const { page, context } = await newPage(browser);
    await page.goto(`${stack.url}/desk/?theme=${theme}&lang=${lang}#/call`);
    const panel = panelOf(page);
    await panel.locator('input[type=search]').waitFor();
    expect(await seriousViolations(page), 'search').toEqual([]);

    await searchFor(page, sample!.erpOrderNumber);
    await waitForOrder(page, sample!.erpOrderNumber);
    expect(await seriousViolations(page), 'order').toEqual([]);

    await panel.evaluate((el, email) => el.setAttribute('customer-email', email), sample!.customerEmail);
    await panel.locator('[part~="order-option"]').first().waitFor();
    expect(await seriousViolations(page), 'customer orders').toEqual([]);

    await stack.scenario('wms', { down: true });
    await panel.locator('[part~="order-option"]').first().click();
    await panel.locator('[part~="banner"]').waitFor();
    expect(await seriousViolations(page), 'system down').toEqual([]);
    await stack.reset();
    await context.close();
  });

  it('is fully operable with the keyboard alone', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page, context } = await newPage(browser);
    await page.goto(`${stack.url}/desk/`);
    await page.locator('.queue-item[data-ticket]').first().waitFor();

    await tabUntil(page, (f) => f.text.startsWith('☎ Incoming call'));
    await page.keyboard.press('Enter');
    const search = await tabUntil(page, (f) => f.id === 'q');
    expect(search.tag).toBe('input');
    await page.keyboard.type(sample!.erpOrderNumber);
    await page.keyboard.press('Enter');
    await waitForOrder(page, sample!.erpOrderNumber);

    const more = await tabUntil(page, (f) => /^Show all \d+$/.test(f.text));
    expect(more.outline).not.toBe('none'); // a visible focus ring
    await page.keyboard.press('Enter');
    await expect(panelOf(page).locator('button.more[aria-expanded="true"]').count()).resolves.toBe(1);

    // A customer-only context: pick an order with Enter; focus lands on its heading.
    await panelOf(page).evaluate((el, email) => {
      el.removeAttribute('ticket-id');
      el.setAttribute('customer-email', email);
    }, sample!.customerEmail);
    await panelOf(page).locator('[part~="order-option"]').first().waitFor();
    const option = await tabUntil(page, (f) => f.order !== '');
    await page.keyboard.press('Enter');
    const id = option.order;
    await waitForOrder(page, id);
    await expect.poll(() => deepFocus(page)).toMatchObject({ tag: 'h2', text: id });

    // Back to the list with the keyboard, focus on the list's heading.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await expect(deepFocus(page)).resolves.toMatchObject({ tag: 'button', text: '← Back' });
    await page.keyboard.press('Space');
    await expect.poll(() => deepFocus(page)).toMatchObject({ id: 'h-orders' });
    await context.close();
  });
});
