import { ExceptionInboxElement } from './exception-inbox.element.js';

/** Registers `<orderlens-exception-inbox>`; safe to import twice (two bundles on one page). */
if (!customElements.get('orderlens-exception-inbox'))
  customElements.define('orderlens-exception-inbox', ExceptionInboxElement);

declare global {
  interface HTMLElementTagNameMap {
    'orderlens-exception-inbox': ExceptionInboxElement;
  }
}

export { ExceptionInboxElement };
