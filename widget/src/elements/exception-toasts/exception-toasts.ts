import { ExceptionToastsElement } from './exception-toasts.element.js';

/** Registers `<orderlens-exception-toasts>`; safe to import twice (two bundles on one page). */
if (!customElements.get('orderlens-exception-toasts'))
  customElements.define('orderlens-exception-toasts', ExceptionToastsElement);

declare global {
  interface HTMLElementTagNameMap {
    'orderlens-exception-toasts': ExceptionToastsElement;
  }
}

export { ExceptionToastsElement };
