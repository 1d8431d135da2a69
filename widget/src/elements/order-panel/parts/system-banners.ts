import { html, nothing } from 'lit';
import type { SourceSystem } from '../../../client/order-types.js';
import type { SystemProblem } from '../../../model/system-problems.js';
import type { RenderContext } from './render-context.js';

/**
 * A banner per failed system: which one, since when, what is missing because of it, and whether an
 * earlier answer stands in. The rest of the panel renders as usual.
 */
export function systemBanners(
  ctx: RenderContext,
  problems: readonly SystemProblem[],
  stale: ReadonlyMap<SourceSystem, string> = new Map(),
) {
  if (problems.length === 0) return nothing;
  const { msg, fmt } = ctx;
  return html`${problems.map((p) => {
    const name = msg.system[p.system];
    const title = p.code === 'UPSTREAM_TIMEOUT' ? msg.systemTimeout(name) : msg.systemDown(name);
    const staleAt = stale.get(p.system);
    return html`<div class="banner" part="banner" role="alert" data-system=${p.system}>
      <svg class="banner-icon" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M8 1.5 15 14H1L8 1.5Z"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linejoin="round"
        />
        <path d="M8 6v3.5M8 11.5v.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      <div>
        <strong>${title}</strong> <span class="muted">${msg.since(fmt.short(p.since))}</span>
        <div>${staleAt ? msg.staleConsequence(fmt.short(staleAt)) : msg.downConsequence[p.system]}</div>
      </div>
    </div>`;
  })}`;
}
