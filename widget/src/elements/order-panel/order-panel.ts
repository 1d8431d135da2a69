import { OrderPanelElement } from './order-panel.element.js';

/** Registers `<orderlens-order-panel>`; safe to import twice (two bundles on one page). */
if (!customElements.get('orderlens-order-panel'))
  customElements.define('orderlens-order-panel', OrderPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'orderlens-order-panel': OrderPanelElement;
  }
}

export { OrderPanelElement };
