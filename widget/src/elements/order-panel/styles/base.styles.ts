import { css } from 'lit';

/** Base elements, the header and the system chips. */
export const baseStyles = css`
  * {
    box-sizing: border-box;
  }
  .panel {
    padding: 12px;
    display: grid;
    gap: 12px;
  }
  h2,
  h3,
  p,
  ol,
  ul,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ol,
  ul {
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  /* Headings the panel moves focus to (after a pick) are landmarks for the reader, not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.92em;
  }
  .strong {
    font-weight: 600;
  }
  [data-tone='ok'] {
    --_tone: var(--_ok);
  }
  [data-tone='info'] {
    --_tone: var(--_info);
  }
  [data-tone='warn'] {
    --_tone: var(--_warn);
  }
  [data-tone='danger'] {
    --_tone: var(--_danger);
  }
  [data-tone='neutral'] {
    --_tone: var(--_muted);
  }
  .tone-text {
    color: var(--_tone);
    font-weight: 600;
  }

  /* header */
  .header {
    display: grid;
    gap: 6px;
  }
  .title-row {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .order-id {
    font-size: 1.35em;
    font-weight: 700;
    letter-spacing: -0.01em;
    flex: 1;
    outline: none;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .customer {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: baseline;
  }
  .customer-name {
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts dd {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .refs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .ref,
  .tag {
    font-size: 0.85em;
    padding: 0 6px;
    border-radius: 4px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .tag {
    margin-left: 4px;
    color: var(--_accent);
    border-color: currentColor;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--_tone, var(--_muted));
    background: color-mix(in srgb, var(--_tone, var(--_muted)) 12%, var(--_bg));
    border: 1px solid color-mix(in srgb, var(--_tone, var(--_muted)) 35%, var(--_bg));
  }
  .icon-button,
  .more,
  .primary,
  .pick,
  .back {
    cursor: pointer;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
  }
  .icon-button {
    width: 30px;
    height: 30px;
    display: grid;
    place-items: center;
    padding: 0;
    color: var(--_muted);
  }
  .icon-button:hover,
  .more:hover,
  .back:hover {
    background: var(--_surface);
    color: var(--_fg);
  }
  .icon-button[aria-busy='true'] svg {
    animation: spin 0.9s linear infinite;
  }
  .icon-button svg {
    width: 16px;
    height: 16px;
  }
  .back {
    justify-self: start;
    padding: 2px 8px;
    color: var(--_accent);
    font-size: 0.92em;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* chips */
  .chips {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(128px, 1fr));
    gap: 6px;
  }
  .chip {
    display: grid;
    gap: 0;
    padding: 6px 8px;
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px solid var(--_border);
    min-width: 0;
  }
  .chip-system {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .chip-status {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip-when {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_ok);
    flex: none;
  }
  .chip[data-state='stale'] .dot {
    background: var(--_warn);
  }
  .chip[data-state='down'] {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_bg));
  }
  .chip[data-state='down'] .dot {
    background: var(--_danger);
  }
  .chip[data-state='down'] .chip-status {
    color: var(--_danger);
    white-space: normal;
  }
`;
