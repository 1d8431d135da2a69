import { css } from 'lit';

/** The filter bar: severity toggles, selects and the "assigned to me" box. */
export const filtersStyles = css`
  /* filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 10px 16px;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .severities {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .filter-label {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: 3px;
  }
  .field select {
    max-width: 210px;
    height: 28px;
  }
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 6px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 28px;
    cursor: pointer;
  }
  .check input {
    width: 16px;
    height: 16px;
    accent-color: var(--_accent);
  }
  .toggle {
    cursor: pointer;
    height: 28px;
    padding: 0 10px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.92em;
  }
  .toggle[aria-pressed='true'] {
    color: var(--_tone);
    font-weight: 600;
    border-color: var(--_tone);
    background: color-mix(in srgb, var(--_tone) 12%, var(--_bg));
  }
`;
