import { html } from 'lit';
import type { SourceSystem, SystemStatus } from '../../../client/order-types.js';
import type { SystemProblem } from '../../../model/system-problems.js';
import type { RenderContext } from './render-context.js';

const ORDER: readonly SourceSystem[] = ['ERP', 'WMS', 'CARRIER', 'CRM'];

/**
 * One chip per system: its own status word and how fresh it is, so the agent sees at a glance which
 * system says what, and which one is silent.
 */
export function systemChips(
  ctx: RenderContext,
  statuses: readonly SystemStatus[],
  problems: readonly SystemProblem[],
  stale: ReadonlyMap<SourceSystem, string>,
) {
  const { msg, fmt } = ctx;
  const chips = ORDER.flatMap((system) => {
    const status = statuses.find((s) => s.system === system);
    const problem = problems.find((p) => p.system === system);
    if (!status && !problem) return [];
    const name = msg.system[system];
    const state = problem && !stale.has(system) ? 'down' : stale.has(system) ? 'stale' : 'ok';
    const word = status
      ? status.status
        ? msg.orderStatus[status.status]
        : status.nativeStatus
      : msg.notKnown;
    const when = status ? fmt.ago(status.asOf) : fmt.ago(problem!.since);
    const label = status
      ? msg.systemStatusLabel(name, `${word} (${status.nativeStatus})`, fmt.dateTime(status.asOf))
      : msg.systemDown(name);
    return [
      html`<li
        class="chip"
        part="chip chip-${state}"
        data-state=${state}
        aria-label=${label}
        title=${status?.nativeStatus ?? ''}
      >
        <span class="chip-system"><span class="dot" aria-hidden="true"></span>${name}</span>
        <span class="chip-status">${state === 'down' ? msg.notAnswering : word}</span>
        <span class="chip-when">${state === 'stale' ? `${msg.lastKnown} · ` : ''}${when}</span>
      </li>`,
    ];
  });
  return html`<ul class="chips" aria-label=${msg.systemsLabel}>
    ${chips}
  </ul>`;
}
