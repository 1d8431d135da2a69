import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './render-context.js';

/**
 * The first `limit` items and a "Show all N" button for the rest: long lists stay scannable in a
 * sidebar, and the button tells a screen reader what it expands.
 */
export function expandableList<T>(
  ctx: RenderContext,
  key: string,
  items: readonly T[],
  limit: number,
  item: (value: T, index: number) => TemplateResult,
  listClass = 'list',
): TemplateResult {
  const open = ctx.isExpanded(key);
  const shown = open ? items : items.slice(0, limit);
  const id = `list-${key}`;
  return html`
    <ol class=${listClass} id=${id}>
      ${shown.map((v, i) => item(v, i))}
    </ol>
    ${
      items.length > limit
        ? html`<button
            class="more"
            part="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${id}
            @click=${() => ctx.toggle(key)}
          >
            ${open ? ctx.msg.showFewer : ctx.msg.showAll(items.length)}
          </button>`
        : nothing
    }
  `;
}
