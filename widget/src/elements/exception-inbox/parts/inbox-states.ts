import { html } from 'lit';
import type { Messages } from '../../../i18n/messages.en.js';

/** Row-shaped placeholders while the first page loads. */
export function inboxSkeleton(msg: Messages) {
  return html`<div class="skeleton" part="skeleton" role="status" aria-label=${msg.loadingExceptions}>
    ${[0, 1, 2].map(
      () =>
        html`<div class="sk-row" aria-hidden="true">
          <span class="sk sk-badge"></span><span class="sk sk-line"></span
          ><span class="sk sk-line short"></span>
        </div>`,
    )}
  </div>`;
}

/** Nothing to show: either nothing is wrong, or the filters hide it. */
export function inboxEmpty(msg: Messages, filtered: boolean, clear: () => void) {
  return filtered
    ? html`<div class="state" part="state">
        <p>${msg.inboxNoMatch}</p>
        <button class="action" part="button" @click=${clear}>${msg.clearFilters}</button>
      </div>`
    : html`<div class="state" part="state">
        <p>${msg.inboxEmpty}</p>
        <p class="muted">${msg.inboxEmptyHint}</p>
      </div>`;
}

export function inboxError(msg: Messages, unauthorized: boolean, retry: () => void) {
  return html`<div class="state" part="state" role="alert">
    <p>${unauthorized ? msg.unauthorized : msg.inboxFailed}</p>
    <button class="action" part="button" @click=${retry}>${msg.retry}</button>
  </div>`;
}
