import type { Page } from 'playwright-core';

/** The desk's exception inbox and alerts (Playwright's CSS locators pierce their shadow roots). */
export const inboxOf = (page: Page) => page.locator('orderlens-exception-inbox');
export const toastsOf = (page: Page) => page.locator('orderlens-exception-toasts');

/** An inbox row or an alert about one order. */
export const rowFor = (page: Page, orderNumber: string) =>
  inboxOf(page).locator('[part~="row"]', {
    has: page.locator(`[part~="order-link"]:text-is("${orderNumber}")`),
  });
export const toastFor = (page: Page, orderNumber: string) =>
  toastsOf(page).locator('[part~="toast"]', { hasText: orderNumber });

/** Waits until the inbox's and the alerts' subscriptions are registered on the BFF. */
export async function waitUntilLive(page: Page, which: ('inbox' | 'toasts' | 'panel')[]): Promise<void> {
  for (const w of which) {
    if (w === 'inbox') await inboxOf(page).locator('[part~="live"][data-live="live"]').waitFor();
    if (w === 'toasts')
      await toastsOf(page).locator('[part~="region"][data-live="live"]').waitFor({ state: 'attached' });
    if (w === 'panel')
      await page.locator('orderlens-order-panel [part~="section-exceptions"][data-live="live"]').waitFor();
  }
}
