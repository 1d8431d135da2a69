import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/start-stack.js';
import { launchBrowser, newPage, screenshot } from './support/browser.js';
import { panelOf, waitForOrder } from './support/panel.js';

const ZAF_SDK = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const ORDER_FIELD = 'ticket.customField:custom_field_360001234567';

/**
 * A stand-in for Zendesk's ZAF SDK: the ticket's fields from `ticket`, `request()` answered by the
 * demo token endpoint, and every call recorded in `window.__zafCalls`.
 */
function fakeZafSdk(ticket: Record<string, unknown>): string {
  return `(() => {
    const ticket = (window.__zafTicket = ${JSON.stringify(ticket)});
    const handlers = {};
    const calls = (window.__zafCalls = []);
    const client = {
      get: async (paths) => {
        const list = Array.isArray(paths) ? paths : [paths];
        calls.push(['get', list]);
        const out = { errors: {} };
        for (const p of list) out[p] = ticket[p] ?? null;
        return out;
      },
      on: (event, handler) => (handlers[event] ??= []).push(handler),
      invoke: async (name, ...args) => { calls.push(['invoke', name, ...args]); },
      request: async (options) => {
        calls.push(['request', options.url, options.secure, options.headers]);
        return (await fetch(options.url)).json();
      },
      metadata: async () => ({ settings: {
        endpoint: location.origin + '/graphql',
        tokenUrl: location.origin + '/demo/token?agent=agent-anna',
        orderFieldId: '360001234567',
      } }),
    };
    window.__zafTrigger = (event) => (handlers[event] ?? []).forEach((h) => h());
    window.ZAFClient = { init: () => client };
  })();`;
}

/** The storage a token must never reach. */
const storageIsEmpty = (page: Page | Frame) =>
  page.evaluate(() => {
    try {
      return localStorage.length === 0 && sessionStorage.length === 0 && document.cookie === '';
    } catch {
      return true; // a third-party frame may be denied storage altogether: nothing can be in it
    }
  });

/**
 * Other sites' pages, on a real loopback server (Chromium's local-network checks refuse a framed
 * loopback page under a made-up public origin). One server, two origins: `localhost` is the desk
 * that may host the widget, `127.0.0.1` a foreign site.
 */
async function startOtherSites(pages: Map<string, string>) {
  const server: Server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { host: `http://localhost:${port}`, evil: `http://127.0.0.1:${port}`, close: () => server.close() };
}

describe('host adapters', () => {
  let stack: Stack;
  let browser: Browser;
  const pages = new Map<string, string>();
  let sites: Awaited<ReturnType<typeof startOtherSites>>;

  beforeAll(async () => {
    sites = await startOtherSites(pages);
    [stack, browser] = await Promise.all([startStack({ ALLOWED_ORIGINS: sites.host }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    sites?.close();
  });

  async function zendeskSidebar(ticket: Record<string, unknown>) {
    const opened = await newPage(browser, { width: 340, height: 900 });
    await opened.page.route(ZAF_SDK, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeZafSdk(ticket) }),
    );
    await opened.page.goto(
      `${stack.url}/desk/zendesk/assets/iframe.html?origin=https://acme.zendesk.com&app_guid=x`,
    );
    return opened;
  }

  it('Zendesk: shows the order named in the ticket’s order field, with a token got through ZAF', async () => {
    const [sample] = stack.samples('acme', 1);
    const digits = sample!.erpOrderNumber.slice(3);
    const { page, context } = await zendeskSidebar({
      'ticket.id': Number(sample!.ticketId),
      'ticket.requester.email': sample!.customerEmail,
      [ORDER_FIELD]: `so${digits}`, // typed by hand, as agents do
    });
    await waitForOrder(page, sample!.erpOrderNumber);
    const calls = (await page.evaluate(() => (window as any).__zafCalls)) as unknown[][];
    expect(calls).toContainEqual(['get', ['ticket.id', 'ticket.requester.email', ORDER_FIELD]]);
    expect(calls.find((c) => c[0] === 'request')).toEqual([
      'request',
      `${stack.url}/demo/token?agent=agent-anna`,
      true,
      { Authorization: 'Bearer {{setting.tokenSecret}}' },
    ]);
    await expect
      .poll(async () => JSON.stringify(await page.evaluate(() => (window as any).__zafCalls)))
      .toContain('"resize"');
    expect(await storageIsEmpty(page)).toBe(true);
    await screenshot(page, 'zendesk-sidebar');

    // The case link opens the ticket as a Zendesk tab, not a browser window.
    const caseLink = panelOf(page).locator('a[part~="case-link"]').first();
    let popups = 0;
    page.on('popup', () => popups++);
    await caseLink.click();
    await expect
      .poll(async () =>
        (await page.evaluate(() => (window as any).__zafCalls)).some((c: unknown[]) => c[1] === 'routeTo'),
      )
      .toBe(true);
    expect(popups).toBe(0);
    await context.close();
  });

  it('Zendesk: lists the requester’s orders without an order field, and follows the field when it is filled in', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page, context } = await zendeskSidebar({
      'ticket.id': 1,
      'ticket.requester.email': sample!.customerEmail,
    });
    await panelOf(page).locator('[part~="order-option"]').first().waitFor();
    await page.evaluate(
      ([field, ref]) => {
        (window as any).__zafTicket[field!] = ref;
        (window as any).__zafTrigger('ticket.custom_field_360001234567.changed');
      },
      [ORDER_FIELD, sample!.rmaNumber],
    );
    await waitForOrder(page, sample!.erpOrderNumber);
    await context.close();
  });

  function hostPage(script: string) {
    pages.set(
      '/desk.html',
      `<!doctype html><title>Some desk</title>
        <iframe id="widget" title="Orderlens" src="${stack.url}/desk/bridge.html" style="width:340px;height:860px;border:0"></iframe>
        <iframe id="evil" title="ad" src="${sites.evil}/ad.html"></iframe>
        <script>${script}</script>`,
    );
    // A third-party frame on the same page trying to drive the widget.
    pages.set(
      '/ad.html',
      `<script>
        window.__posts = 0;
        setInterval(() => {
          window.__posts++;
          const w = parent.frames[0];
          w.postMessage({ type: 'orderlens:context', orderRef: 'SO-1000001' }, '*');
          w.postMessage({ type: 'orderlens:token', id: 1, token: 'forged' }, '*');
        }, 20);
      </script>`,
    );
  }

  it('postMessage bridge: the allowed host drives the widget; a foreign frame changes nothing', async () => {
    const [sample] = stack.samples('acme', 1);
    const token = await stack.tokenFor('agent-anna');
    const { page, context } = await newPage(browser);
    hostPage(
      `const ORIGIN = ${JSON.stringify(stack.url)}, TOKEN = ${JSON.stringify(token)};
       window.__seen = [];
       addEventListener('message', (e) => {
         if (e.origin !== ORIGIN) return;
         __seen.push(e.data.type);
         const w = document.getElementById('widget').contentWindow;
         if (e.data.type === 'orderlens:ready')
           w.postMessage({ type: 'orderlens:context', orderRef: ${JSON.stringify(sample!.customerPo)} }, ORIGIN);
         if (e.data.type === 'orderlens:token-request')
           w.postMessage({ type: 'orderlens:token', id: e.data.id, token: TOKEN }, ORIGIN);
       });`,
    );
    await page.goto(`${sites.host}/desk.html`);
    const widget = page.frameLocator('#widget');
    await widget.locator('h2.order-id', { hasText: sample!.erpOrderNumber }).waitFor();
    await expect(page.evaluate(() => (window as any).__seen)).resolves.toEqual([
      'orderlens:ready',
      'orderlens:token-request',
    ]);
    // The foreign frame keeps posting; after many of its messages the panel still shows the host's order.
    const ad = page.frames().find((f) => f.url().endsWith('/ad.html'))!;
    await ad.waitForFunction(() => (window as any).__posts >= 25);
    await expect(widget.locator('h2.order-id').textContent()).resolves.toBe(sample!.erpOrderNumber);
    const frame = page.frames().find((f) => f.url().includes('/desk/bridge.html'))!;
    expect(await storageIsEmpty(frame)).toBe(true);
    await screenshot(page, 'bridge-host');
    await context.close();
  });

  it('postMessage bridge: a page at an origin not on the allow-list cannot frame the widget', async () => {
    const { page, context } = await newPage(browser);
    pages.set(
      '/frame.html',
      `<iframe id="widget" title="x" src="${stack.url}/desk/bridge.html"></iframe>
        <script>window.__seen = []; addEventListener('message', (e) => __seen.push(e.data));</script>`,
    );
    const blocked = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    await page.goto(`${sites.evil}/frame.html`);
    await blocked;
    await expect(page.frameLocator('#widget').locator('orderlens-order-panel').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as any).__seen)).resolves.toEqual([]);
    await context.close();
  });

  it('generic host: the desk keeps its token in memory only', async () => {
    const [sample] = stack.samples('acme', 1);
    const { page, context } = await newPage(browser);
    await page.goto(`${stack.url}/desk/#/call`);
    await panelOf(page).evaluate((el, ref) => el.setAttribute('order-ref', ref), sample!.channelReference);
    await waitForOrder(page, sample!.erpOrderNumber);
    expect(await storageIsEmpty(page)).toBe(true);
    // No JWT (they all start "eyJ") in the page's markup or the panel's attributes either.
    const markup = await page.evaluate(
      () =>
        document.documentElement.outerHTML +
        document.querySelector('orderlens-order-panel')!.shadowRoot!.innerHTML,
    );
    expect(markup).not.toContain('eyJ');
    await context.close();
  });
});
