import { css } from 'lit';

/** Exception rows, their actions, the snooze presets and the resolve form. */
export const rowsStyles = css`
  /* rows */
  .rows {
    display: grid;
    gap: 8px;
  }
  .row {
    display: grid;
    gap: 6px;
    padding: 10px 12px 10px 14px;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_tone-row, var(--_border));
    border-radius: var(--_radius);
    background: var(--_bg);
    min-width: 0;
  }
  .row[data-severity='CRITICAL'] {
    --_tone-row: var(--_danger);
  }
  .row[data-severity='HIGH'] {
    --_tone-row: var(--_warn);
  }
  .row[data-severity='MEDIUM'] {
    --_tone-row: var(--_info);
  }
  .row[data-new] {
    animation: arrive 2.4s ease-out;
  }
  @keyframes arrive {
    from {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
    }
  }
  .row[aria-busy='true'] {
    opacity: 0.7;
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  .type {
    font-size: 1em;
    font-weight: 700;
    outline: none;
  }
  .status {
    font-size: 0.85em;
    padding: 0 6px;
    border-radius: 4px;
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .row-head .when {
    margin-left: auto;
    font-size: 0.92em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .row-head .when[data-overdue='true'] {
    color: var(--_danger);
  }
  .row-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
  }
  .meta {
    display: inline-flex;
    align-items: baseline;
    gap: 6px;
    flex-wrap: wrap;
  }
  .order-link {
    cursor: pointer;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .actions,
  .snooze,
  .form-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .snooze .filter-label {
    margin-right: 4px;
  }
  .action {
    cursor: pointer;
    padding: 3px 10px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.92em;
  }
  .action:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_surface);
  }
  /* Busy buttons stay focusable (aria-disabled, not disabled), so focus is not lost mid-action. */
  .action:disabled,
  .action[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  .primary-action {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .resolve .primary-action {
    background: var(--_accent);
    color: var(--_bg);
  }
  .snooze,
  .resolve {
    padding: 8px 10px;
    border-radius: 6px;
    background: var(--_surface);
  }
  .resolve {
    display: grid;
    gap: 4px;
  }
  .resolve textarea {
    width: 100%;
    resize: vertical;
  }
  .row-error {
    padding: 6px 10px;
    border-radius: 6px;
    color: var(--_danger);
    font-weight: 600;
    border: 1px solid color-mix(in srgb, var(--_danger) 45%, var(--_bg));
    background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
  }
  .more {
    justify-self: start;
  }
`;
