import { html } from 'lit';

/**
 * The desk's exception view: the Orderlens inbox fills the main column; an order opened from it
 * shows in the sidebar. The same element instance is put back each time, so its list and its place
 * in the feed survive switching views (it resumes from its cursor).
 */
export function exceptionsView(inbox: HTMLElement) {
  return html`<h1 class="visually-hidden">Exceptions</h1>
    ${inbox}`;
}
