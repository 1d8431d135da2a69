import { html } from 'lit';

/** Grey blocks in the shape of the panel, so the layout does not jump when data arrives. */
export function skeleton(label: string) {
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="sk sk-title"></div>
      <div class="sk sk-badge"></div>
      <div class="sk-chips">${[0, 1, 2, 3].map(() => html`<div class="sk sk-chip"></div>`)}</div>
      ${[0, 1, 2].map(
        () =>
          html`<div class="sk sk-line"></div>
            <div class="sk sk-line short"></div>`,
      )}
    </div>
    <span class="visually-hidden">${label}</span>`;
}
