import { html } from 'lit';
import type { RenderContext } from './render-context.js';

/** A search box taking any reference a customer quotes, or their email. */
export function searchForm(ctx: RenderContext, onSearch: (term: string) => void) {
  const { msg } = ctx;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    const term = input.value.trim();
    if (term) onSearch(term);
  };
  return html`<form class="search" part="search" role="search" @submit=${submit}>
    <label for="q" class="label">${msg.searchLabel}</label>
    <div class="search-row">
      <input
        id="q"
        name="q"
        type="search"
        part="input"
        autocomplete="off"
        spellcheck="false"
        placeholder=${msg.searchPlaceholder}
        aria-describedby="q-hint"
        maxlength="100"
      />
      <button type="submit" part="button primary" class="primary">${msg.searchButton}</button>
    </div>
    <p id="q-hint" class="muted small">${msg.searchHint}</p>
  </form>`;
}
