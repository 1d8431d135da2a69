/**
 * The widget's entry: registers `<orderlens-order-panel>` and exports what hosts need. Host adapters
 * for iframes load on demand, so a page that only uses attributes does not download them.
 */
export { OrderPanelElement } from './elements/order-panel/order-panel.js';
export { mountOrderPanel, type MountOptions } from './hosts/generic-host.js';
export { applyContext, type PanelHostContext } from './hosts/apply-context.js';
export { createBffClient, type BffClient, type GetToken } from './client/bff-client.js';
export type { OrderSelectEvent, CaseOpenEvent } from './events.js';

/** The postMessage bridge for hosts that frame the widget; see `hosts/post-message-bridge.ts`. */
export const loadPostMessageBridge = () => import('./hosts/post-message-bridge.js');
