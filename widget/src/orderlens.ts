/**
 * The widget's entry: registers `<orderlens-order-panel>` and exports what hosts need. Host adapters
 * for iframes, the exception inbox and the alerts load on demand, so a page that only shows the
 * panel does not download them.
 */
export { OrderPanelElement } from './elements/order-panel/order-panel.js';
export { mountOrderPanel, type MountOptions } from './hosts/generic-host.js';
export { applyContext, type PanelHostContext } from './hosts/apply-context.js';
export { createBffClient, type BffClient, type GetToken } from './client/bff-client.js';
export type { OrderSelectEvent, CaseOpenEvent, OpenOrderEvent } from './events.js';
export type { OrderException } from './client/exception-types.js';

/** The postMessage bridge for hosts that frame the widget; see `hosts/post-message-bridge.ts`. */
export const loadPostMessageBridge = () => import('./hosts/post-message-bridge.js');

/** Registers `<orderlens-exception-inbox>` (see its class for attributes and events). */
export const loadExceptionInbox = () => import('./elements/exception-inbox/exception-inbox.js');

/** Registers `<orderlens-exception-toasts>`, alerts for new high and critical exceptions. */
export const loadExceptionToasts = () => import('./elements/exception-toasts/exception-toasts.js');
