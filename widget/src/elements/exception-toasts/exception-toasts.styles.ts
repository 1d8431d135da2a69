import { css } from 'lit';
import { baseStyles } from '../order-panel/styles/base.styles.js';
import { themeStyles } from '../order-panel/styles/theme.styles.js';
import { exceptionStyles } from '../shared/exception.styles.js';

/** Alerts in the bottom-right corner, above the page; the corner lets clicks through when empty. */
export const exceptionToastsStyles = [
  themeStyles,
  baseStyles,
  exceptionStyles,
  css`
    :host {
      position: fixed;
      right: var(--orderlens-toasts-inset, 16px);
      bottom: var(--orderlens-toasts-inset, 16px);
      z-index: 2147483000;
      width: min(380px, calc(100vw - 2 * var(--orderlens-toasts-inset, 16px)));
      min-width: 0;
      background: transparent;
    }
    :host([empty]) {
      pointer-events: none;
    }
    .stack {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .toast {
      display: grid;
      gap: 6px;
      padding: 10px 12px 12px 14px;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      border-left: 4px solid var(--_tone-toast, var(--_warn));
      background: var(--_bg);
      box-shadow:
        0 10px 24px rgb(0 0 0 / 0.16),
        0 2px 6px rgb(0 0 0 / 0.08);
      animation: enter 0.18s ease-out;
    }
    .toast[data-severity='CRITICAL'] {
      --_tone-toast: var(--_danger);
    }
    @keyframes enter {
      from {
        transform: translateY(8px);
        opacity: 0;
      }
    }
    .toast-head {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .toast-type {
      font-weight: 700;
      margin-right: auto;
    }
    .toast-order {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-weight: 600;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .summary {
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .dismiss {
      cursor: pointer;
      width: 26px;
      height: 26px;
      flex: none;
      display: grid;
      place-items: center;
      padding: 0;
      border: 1px solid transparent;
      border-radius: 6px;
      background: none;
      color: var(--_muted);
    }
    .dismiss:hover {
      background: var(--_surface);
      color: var(--_fg);
    }
    .dismiss svg {
      width: 14px;
      height: 14px;
    }
    .toast-actions {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .open {
      cursor: pointer;
      padding: 4px 12px;
      border-radius: 6px;
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_bg);
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      .toast {
        animation: none;
      }
    }
  `,
];
