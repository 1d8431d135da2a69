import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WorldOrder } from '../../mocks/world/types.js';
import { startStack, type Stack } from '../support/start-stack.js';
import { launchBrowser, newPage, screenshot } from './support/browser.js';
import { inboxOf, rowFor, toastFor, toastsOf, waitUntilLive } from './support/exceptions.js';
import { panelOf, searchFor, unclipSidebar, waitForOrder } from './support/panel.js';
import { installStreamFaults } from './support/stream-faults.js';
import { ordersInFulfilment, simulateBackorder, simulateShortPick } from './support/wms-events.js';

/** Runs axe-core in the page and returns the serious and critical violations. */
async function seriousViolations(page: Page) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('exceptions in the demo desk', () => {
  let stack: Stack;
  let browser: Browser;
  // Every test raises on orders of its own, so no test sees another's exception as new.
  const orders = ordersInFulfilment('acme').filter((o) => o.customer.tier !== 'A');
  let taken = 0;
  const takeOrder = (): WorldOrder => orders[(taken++ * 5) % orders.length]!;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  const contexts: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  async function openDesk(hash: string, query = '', options: { width?: number; height?: number } = {}) {
    const opened = await newPage(browser, options);
    contexts.push(opened.context);
    await opened.page.goto(`${stack.url}/desk/${query}${hash}`);
    await opened.page.locator('.queue-item[data-ticket]').first().waitFor();
    return opened;
  }

  it('shows a simulated short pick as an alert and in the inbox, without a reload', async () => {
    const order = takeOrder();
    const { page, errors } = await openDesk('#/exceptions');
    await waitUntilLive(page, ['inbox', 'toasts']);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    await simulateShortPick(stack.url, order);
    const toast = toastFor(page, order.number);
    await toast.waitFor();
    await expect(toast.locator('[part~="severity"]').getAttribute('data-severity')).resolves.toMatch(
      /^(HIGH|CRITICAL)$/,
    );
    await expect(toast.textContent()).resolves.toContain('Short pick');
    const row = rowFor(page, order.number);
    await row.waitFor();
    await expect(row.locator('h3').textContent()).resolves.toBe('Short pick');
    await expect(row.locator('.summary').textContent()).resolves.toContain(order.number);
    await expect(row.locator('time.when').textContent()).resolves.toMatch(/^Due in \d+ hr\.?$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');

    await screenshot(page, 'desk-exceptions-live');
    await screenshot(page, 'exception-toast', 'orderlens-exception-toasts [part~="toast"]');
    expect(errors).toEqual([]);
  });

  it('opens the alert’s order in the panel', async () => {
    const order = takeOrder();
    const { page } = await openDesk('#/call');
    await waitUntilLive(page, ['toasts']);
    await simulateShortPick(stack.url, order);
    await toastFor(page, order.number).getByRole('button', { name: 'Open order' }).click();
    await waitForOrder(page, order.number);
    expect(new URL(page.url()).hash).toBe(`#/exceptions/${order.number}`);
    await expect(toastFor(page, order.number).count()).resolves.toBe(0);
    const item = panelOf(page).locator('[part~="exception"]', { hasText: 'Short pick' });
    await item.waitFor();
    await rowFor(page, order.number).waitFor();
  });

  it('updates every open tab when one acknowledges an exception', async () => {
    const order = takeOrder();
    const a = await openDesk('#/exceptions');
    const b = await openDesk('#/exceptions');
    await Promise.all([waitUntilLive(a.page, ['inbox']), waitUntilLive(b.page, ['inbox'])]);
    await simulateShortPick(stack.url, order);
    await Promise.all([rowFor(a.page, order.number).waitFor(), rowFor(b.page, order.number).waitFor()]);

    await rowFor(a.page, order.number).getByRole('button', { name: 'Acknowledge' }).click();
    for (const page of [a.page, b.page]) {
      const row = rowFor(page, order.number);
      await row.locator('[part~="status"]', { hasText: 'Acknowledged' }).waitFor();
      await expect(row.getByRole('button', { name: 'Acknowledge' }).count()).resolves.toBe(0);
    }
  });

  it('tells a viewer, in words, that their role may not acknowledge', async () => {
    const order = takeOrder();
    const { page } = await openDesk('#/exceptions', '?agent=viewer-vera');
    await waitUntilLive(page, ['inbox']);
    await simulateShortPick(stack.url, order);
    const row = rowFor(page, order.number);
    await row.getByRole('button', { name: 'Acknowledge' }).click();
    const alert = row.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Your role may not acknowledge exceptions');
    await expect(row.getAttribute('data-status')).resolves.toBe('OPEN');
    await screenshot(page, 'exception-inbox-forbidden', 'orderlens-exception-inbox');
  });

  it('shows an order’s exceptions in the panel as they are raised', async () => {
    const order = takeOrder();
    const { page } = await openDesk('#/call');
    await unclipSidebar(page);
    await searchFor(page, order.number);
    await waitForOrder(page, order.number);
    await waitUntilLive(page, ['panel']);
    const section = panelOf(page).locator('[part~="section-exceptions"]');
    await section.getByText('No known problems with this order.').waitFor();

    await simulateShortPick(stack.url, order);
    await section.locator('[part~="exception"]', { hasText: 'Short pick' }).waitFor();
    await expect(section.locator('.count').textContent()).resolves.toBe('1');
    await toastsOf(page).evaluate((el) => ((el as HTMLElement).hidden = true)); // the alert would cover the panel's picture
    await screenshot(page, 'panel-exceptions-live', 'orderlens-order-panel');
  });

  it('filters by severity, type, status and assignment, and offers snooze and resolve', async () => {
    const short = takeOrder();
    const back = takeOrder();
    const { page } = await openDesk('#/exceptions', '?agent=lead-lukas');
    await waitUntilLive(page, ['inbox']);
    await simulateShortPick(stack.url, short);
    await simulateBackorder(stack.url, back);
    const inbox = inboxOf(page);
    await rowFor(page, short.number).waitFor();
    await rowFor(page, back.number).waitFor();

    await inbox.getByLabel('Type').selectOption({ label: 'Backorder' });
    await expect.poll(() => inbox.locator('[part~="row"] h3').allTextContents()).not.toContain('Short pick');
    await rowFor(page, back.number).waitFor();
    await inbox.getByLabel('Type').selectOption({ label: 'All types' });

    await inbox.getByRole('button', { name: 'Critical', exact: true }).click();
    await inbox.getByRole('button', { name: 'High', exact: true }).click();
    await expect
      .poll(() =>
        inbox
          .locator('[part~="row"]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity'))),
      )
      .not.toContain('MEDIUM');
    await inbox.getByRole('button', { name: 'Critical', exact: true }).click();
    await inbox.getByRole('button', { name: 'High', exact: true }).click();

    await rowFor(page, back.number).getByRole('button', { name: 'Assign to me' }).click();
    await rowFor(page, back.number).getByText('Assigned to you').waitFor();
    await inbox.getByLabel('Assigned to me').check();
    await expect.poll(() => inbox.locator('[part~="row"]').count()).toBe(1);
    await inbox.getByLabel('Assigned to me').uncheck();

    const row = rowFor(page, short.number);
    await row.getByRole('button', { name: 'Snooze' }).click();
    await row.getByRole('button', { name: '4 hours' }).click();
    await row.locator('[part~="status"]', { hasText: 'Snoozed' }).waitFor();
    await expect(row.locator('time.when').textContent()).resolves.toMatch(/^Snoozed until /);
    await toastsOf(page).evaluate((el) => ((el as HTMLElement).hidden = true));
    await page.addStyleTag({
      content: '.layout { height: auto !important } .ticket { overflow: visible !important }',
    });
    await screenshot(page, 'exception-inbox', 'orderlens-exception-inbox');

    await rowFor(page, back.number).getByRole('button', { name: 'Resolve…' }).click();
    await page.keyboard.type('Told the customer; line cancelled.');
    await rowFor(page, back.number).getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect.poll(() => rowFor(page, back.number).count()).toBe(0);
    await inbox.getByLabel('Status').selectOption({ label: 'Resolved' });
    await rowFor(page, back.number).waitFor();
  });

  it('is operable with the keyboard alone, and keeps focus in place as rows come and go', async () => {
    const order = takeOrder();
    const { page } = await openDesk('#/exceptions');
    await waitUntilLive(page, ['inbox', 'toasts']);
    await simulateShortPick(stack.url, order);
    const row = rowFor(page, order.number);
    await row.waitFor();
    const focused = () =>
      page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return {
          text: (el?.textContent ?? '').trim(),
          part: el?.getAttribute('part') ?? '',
          tag: el?.tagName ?? '',
        };
      });

    await row.locator('[part~="action-snooze"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: '1 hour' });
    await page.keyboard.press('Escape');
    await expect.poll(focused).toMatchObject({ part: 'button action-snooze' });

    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ part: 'button action-resolve' });
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ tag: 'TEXTAREA' });
    await page.keyboard.type('Reshipped from DE2.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    // Focus does not fall to the page: it lands on the row now in that place, or the inbox heading.
    await expect.poll(focused).toMatchObject({ tag: expect.stringMatching(/^H[23]$/) });

    // An alert's buttons are reachable too, and Escape dismisses the focused alert.
    const toast = toastFor(page, order.number);
    await toast.getByRole('button', { name: 'Open order' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => toast.count()).toBe(0);
  });

  it('uses one stream per tab for the panel, the inbox and the alerts', async () => {
    const order = takeOrder();
    const opened = await newPage(browser);
    contexts.push(opened.context);
    const { page } = opened;
    const streams: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql/stream') && r.method() === 'GET') streams.push(r.url());
    });
    await page.goto(`${stack.url}/desk/#/exceptions`);
    await waitUntilLive(page, ['inbox', 'toasts']);
    await simulateShortPick(stack.url, order);
    await rowFor(page, order.number).locator('[part~="order-link"]').click();
    await waitForOrder(page, order.number);
    await waitUntilLive(page, ['panel']);
    expect(streams).toHaveLength(1);
  });

  it('misses nothing while its stream is down: it resumes from its last cursor', async () => {
    const [first, second] = [takeOrder(), takeOrder()];
    const opened = await newPage(browser);
    contexts.push(opened.context);
    const { page } = opened;
    const streams = await installStreamFaults(page);
    const subscribed: { after: unknown; alerts: boolean }[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/graphql/stream') || r.method() !== 'POST') return;
      const { variables } = JSON.parse(r.postData() ?? '{}') as {
        variables: { after: unknown; filter: { severity?: unknown } };
      };
      subscribed.push({ after: variables.after, alerts: !!variables.filter.severity });
    });
    await page.goto(`${stack.url}/desk/#/exceptions`);
    await waitUntilLive(page, ['inbox', 'toasts']);
    await simulateShortPick(stack.url, first);
    await rowFor(page, first.number).waitFor(); // the inbox now holds a cursor

    await streams.cut();
    await inboxOf(page).locator('[part~="live"][data-live="retrying"]').waitFor();
    await simulateShortPick(stack.url, second); // raised while the tab hears nothing
    await streams.restore();
    await rowFor(page, second.number).waitFor({ timeout: 15_000 });
    await toastFor(page, second.number).waitFor();
    await waitUntilLive(page, ['inbox', 'toasts']);
    // The inbox started from the position its list was read at, the alerts live; both came back
    // from their last cursor, and the backlog after it brought what was raised in the gap.
    const [before, after] = [subscribed.slice(0, 2), subscribed.slice(2)];
    expect(before.find((s) => s.alerts)?.after).toBeNull();
    expect(before.find((s) => !s.alerts)?.after).toEqual(expect.any(String));
    expect(after.map((s) => typeof s.after)).toEqual(['string', 'string']);
  });

  it('renders exception text from the systems as inert text (T11)', async () => {
    const order = takeOrder();
    await simulateShortPick(stack.url, order);
    const { page, context, errors } = await newPage(browser);
    contexts.push(context);
    const hostile = '<img src=x onerror="window.__xss = 1">';
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      for (const edge of json.data?.exceptions?.edges ?? []) {
        edge.node.summary = `Short ${hostile}`;
        edge.node.assignee = `agent ${hostile}`;
      }
      await route.fulfill({ response, json });
    });
    await page.goto(`${stack.url}/desk/#/exceptions`);
    const row = rowFor(page, order.number);
    await row.getByText(`Short ${hostile}`).waitFor();
    await expect(row.getByText(`Assigned to agent ${hostile}`).count()).resolves.toBe(1);
    const injected = await inboxOf(page).evaluate(
      (el) => el.shadowRoot!.querySelectorAll('img, [onerror]').length,
    );
    expect(injected).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('shows a skeleton while loading, says when the inbox cannot load, and tries again', async () => {
    const { page, context } = await newPage(browser);
    contexts.push(context);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (!failing || !route.request().postData()?.includes('ExceptionList')) return route.continue();
      await gate;
      await route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
    });
    await page.goto(`${stack.url}/desk/#/exceptions`);
    const inbox = inboxOf(page);
    await inbox.locator('[part~="skeleton"]').waitFor();
    await expect(inbox.locator('[part~="inbox"]').getAttribute('aria-busy')).resolves.toBe('true');
    await screenshot(page, 'exception-inbox-loading', 'orderlens-exception-inbox');
    release();
    await inbox.getByRole('alert').getByText('The exceptions cannot be loaded right now.').waitFor();
    await expect(inbox.locator('[part~="live"]').getAttribute('data-live')).resolves.toBe('off');
    failing = false;
    await inbox.getByRole('button', { name: 'Try again' }).click();
    await waitUntilLive(page, ['inbox']);

    await inbox.getByLabel('Type').selectOption({ label: 'Parcel damaged' });
    await inbox.getByText('No exceptions match these filters.').waitFor();
    await inbox.getByRole('button', { name: 'Clear filters' }).click();
    await expect(inbox.getByLabel('Type').inputValue()).resolves.toBe('');
  });

  it('has no serious or critical axe violations in the inbox and the alerts (light en, dark de)', async () => {
    for (const [theme, lang] of [
      ['light', 'en'],
      ['dark', 'de'],
    ] as const) {
      const order = takeOrder();
      const { page } = await openDesk('#/exceptions', `?theme=${theme}&lang=${lang}`);
      await waitUntilLive(page, ['inbox', 'toasts']);
      await simulateShortPick(stack.url, order);
      await toastFor(page, order.number).waitFor();
      const row = rowFor(page, order.number);
      await row.waitFor();
      await row.locator('[part~="action-snooze"]').click();
      await row.locator('[part~="snooze-preset"]').first().waitFor();
      expect(await seriousViolations(page), `${theme} ${lang}`).toEqual([]);
      if (theme === 'dark') await screenshot(page, 'desk-exceptions-de-dark');
    }
  });
});
