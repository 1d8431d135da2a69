import type { GetToken } from '../client/bff-client.js';
import '../elements/order-panel/order-panel.js';
import type { OrderPanelElement } from '../elements/order-panel/order-panel.element.js';
import { applyContext } from './apply-context.js';

export interface MountOptions {
  /** Returns a bearer token for the BFF; called on first use and after a 401. */
  getToken: GetToken;
  endpoint?: string;
  orderRef?: string;
  ticketId?: string;
  customerEmail?: string;
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * The generic host adapter: puts an order panel into `target` with its context and token callback.
 * Hosts that prefer markup can write `<orderlens-order-panel order-ref="…">` and set `getToken`.
 * @example mountOrderPanel(sidebar, { getToken: () => myDesk.token(), ticketId: '48213' });
 */
export function mountOrderPanel(target: Element, options: MountOptions): OrderPanelElement {
  const panel = document.createElement('orderlens-order-panel');
  applyContext(panel, options);
  panel.getToken = options.getToken;
  if (options.endpoint) panel.endpoint = options.endpoint;
  if (options.locale) panel.locale = options.locale;
  if (options.theme) panel.theme = options.theme;
  target.append(panel);
  return panel;
}
