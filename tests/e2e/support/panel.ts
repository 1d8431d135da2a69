import type { Page } from 'playwright-core';

/** The order panel on the page (Playwright's CSS locators pierce its open shadow root). */
export const panelOf = (page: Page) => page.locator('orderlens-order-panel');

/** Waits until the panel shows order `id` in its header. */
export async function waitForOrder(page: Page, id: string): Promise<void> {
  const exact = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await panelOf(page).locator('h2.order-id', { hasText: exact }).waitFor();
}

/** Types a reference into the panel's search box and submits it with Enter. */
export async function searchFor(page: Page, term: string): Promise<void> {
  const input = panelOf(page).locator('input[type=search]');
  await input.fill(term);
  await input.press('Enter');
}

/** Lets the desk's sidebar grow with the panel, so an element screenshot holds the whole panel. */
export async function unclipSidebar(page: Page): Promise<void> {
  await page.addStyleTag({
    content: '.layout { height: auto !important } .sidebar { overflow: visible !important }',
  });
}

/** The widget's own measures, in ms: data in hand → DOM committed, and → the next frame painted. */
export async function renderTimings(page: Page): Promise<{ render: number[]; paint: number[] }> {
  await page.waitForFunction(() => performance.getEntriesByName('orderlens:data-to-paint').length > 0);
  return page.evaluate(() => ({
    render: performance.getEntriesByName('orderlens:data-to-render').map((e) => e.duration),
    paint: performance.getEntriesByName('orderlens:data-to-paint').map((e) => e.duration),
  }));
}
