import { html } from 'lit';
import type {
  ExceptionFilterInput,
  ExceptionSeverity,
  ExceptionStatus,
  ExceptionType,
} from '../../../client/exception-types.js';
import type { Messages } from '../../../i18n/messages.en.js';
import { EXCEPTION_TYPES, SEVERITIES } from '../../../model/exception-order.js';
import { SEVERITY_TONE } from '../../shared/exception-parts.js';

/** What the agent chose in the filter bar; empty means "any". */
export interface InboxFilterState {
  severity: ExceptionSeverity[];
  type: ExceptionType | '';
  status: ExceptionStatus | '';
  mine: boolean;
}

export const NO_FILTER: InboxFilterState = { severity: [], type: '', status: '', mine: false };

/** The filter bar's choice in the API's terms, with its keys in a fixed order. */
export function toFilterInput(f: InboxFilterState, team: string): ExceptionFilterInput {
  return {
    ...(f.severity.length ? { severity: SEVERITIES.filter((s) => f.severity.includes(s)) } : {}),
    ...(f.type ? { type: [f.type] } : {}),
    ...(f.status ? { status: [f.status] } : {}),
    ...(f.mine ? { assignedToMe: true } : {}),
    ...(team ? { team } : {}),
  };
}

const STATUSES: readonly ExceptionStatus[] = ['OPEN', 'ACKNOWLEDGED', 'SNOOZED', 'RESOLVED'];

/**
 * Severity as toggle buttons (several at once), type and status as selects, and "assigned to me":
 * every control native, so keyboard and screen readers work as on any form.
 */
export function inboxFilters(msg: Messages, f: InboxFilterState, change: (next: InboxFilterState) => void) {
  const toggle = (s: ExceptionSeverity) =>
    change({
      ...f,
      severity: f.severity.includes(s) ? f.severity.filter((x) => x !== s) : [...f.severity, s],
    });
  return html`<form
    class="filters"
    part="filters"
    aria-label=${msg.inboxLabel}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field">
      <span class="filter-label" id="f-severity">${msg.filterSeverity}</span>
      <span class="severities" role="group" aria-labelledby="f-severity">
        ${SEVERITIES.map(
          (s) =>
            html`<button
              type="button"
              class="toggle"
              part="button filter-severity"
              data-tone=${SEVERITY_TONE[s]}
              data-severity=${s}
              aria-pressed=${f.severity.includes(s) ? 'true' : 'false'}
              @click=${() => toggle(s)}
            >
              ${msg.severity[s]}
            </button>`,
        )}
      </span>
    </div>
    <label class="field">
      <span class="filter-label">${msg.filterType}</span>
      <select
        part="select"
        name="type"
        @change=${(e: Event) => change({ ...f, type: (e.target as HTMLSelectElement).value as ExceptionType | '' })}
      >
        <option value="" ?selected=${f.type === ''}>${msg.allTypes}</option>
        ${EXCEPTION_TYPES.map(
          (t) => html`<option value=${t} ?selected=${f.type === t}>${msg.exceptionType[t]}</option>`,
        )}
      </select>
    </label>
    <label class="field">
      <span class="filter-label">${msg.filterStatus}</span>
      <select
        part="select"
        name="status"
        @change=${(e: Event) =>
          change({ ...f, status: (e.target as HTMLSelectElement).value as ExceptionStatus | '' })}
      >
        <option value="" ?selected=${f.status === ''}>${msg.unresolved}</option>
        ${STATUSES.map(
          (s) => html`<option value=${s} ?selected=${f.status === s}>${msg.exceptionStatus[s]}</option>`,
        )}
      </select>
    </label>
    <label class="check">
      <input
        type="checkbox"
        name="mine"
        part="checkbox"
        .checked=${f.mine}
        @change=${(e: Event) => change({ ...f, mine: (e.target as HTMLInputElement).checked })}
      />
      ${msg.assignedToMe}
    </label>
  </form>`;
}
