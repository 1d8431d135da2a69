import type { Page } from 'playwright-core';

/**
 * Lets a test cut the page's GraphQL-over-SSE streams the way a dropped network does, and keep new
 * ones from connecting until it says so: `fetch` is wrapped before any page script runs (the widget
 * keeps a reference to it), so the cut happens under the widget, in its real transport.
 */
export async function installStreamFaults(page: Page) {
  await page.addInitScript(() => {
    const real = window.fetch.bind(window);
    const open = new Set<{ fail(): void }>();
    const faults = { down: false };
    Object.assign(window, {
      __streams: {
        cut() {
          faults.down = true;
          for (const s of open) s.fail();
          open.clear();
        },
        restore() {
          faults.down = false;
        },
      },
    });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/graphql/stream')) return real(input, init);
      if (faults.down) throw new TypeError('Failed to fetch');
      const response = await real(input, init);
      if ((init?.method ?? 'GET') !== 'GET' || !response.body) return response;
      const reader = response.body.getReader();
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const stream = {
        fail() {
          controller.error(new TypeError('network error'));
          void reader.cancel();
        },
      };
      open.add(stream);
      const body = new ReadableStream<Uint8Array>({
        start: (c) => void (controller = c),
        async pull(c) {
          try {
            const { done, value } = await reader.read();
            if (done) c.close();
            else c.enqueue(value);
          } catch (error) {
            c.error(error);
          }
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
  });
  return {
    cut: () => page.evaluate(() => (window as unknown as { __streams: { cut(): void } }).__streams.cut()),
    restore: () =>
      page.evaluate(() => (window as unknown as { __streams: { restore(): void } }).__streams.restore()),
  };
}
