import { css } from 'lit';

/** List items: lines, shipments and timelines, recent orders, search, skeleton. */
export const itemsStyles = css`
  /* lines */
  .line {
    display: grid;
    gap: 3px;
    padding-bottom: 8px;
    border-bottom: 1px dashed var(--_border);
  }
  .line:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .line-head {
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .sku {
    font-weight: 600;
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .line-desc {
    color: var(--_muted);
    font-size: 0.92em;
    line-height: 1.3;
  }
  .meter {
    height: 3px;
    margin: 2px 0;
    border-radius: 2px;
    background: var(--_border);
    overflow: hidden;
  }
  .meter span {
    display: block;
    height: 100%;
    background: var(--_ok);
  }
  .qty {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 3px 6px;
    line-height: 1.25;
  }
  .qty dt {
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .qty dd {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .qty [data-zero] dd {
    color: var(--_muted);
    font-weight: 400;
  }
  .qty [data-tone] dd {
    color: var(--_tone);
  }

  /* shipments and timelines */
  .tracking a {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .ext {
    width: 11px;
    height: 11px;
    flex: none;
  }
  .milestones {
    margin-top: 4px;
    display: grid;
    gap: 6px;
  }
  .timeline {
    display: grid;
    gap: 0;
  }
  .milestone {
    display: grid;
    grid-template-columns: 12px 1fr;
    gap: 8px;
    position: relative;
    padding-bottom: 8px;
  }
  .milestone:not(:last-child)::before {
    content: '';
    position: absolute;
    left: 5px;
    top: 12px;
    bottom: -2px;
    width: 2px;
    background: var(--_border);
  }
  .ms-dot {
    width: 12px;
    height: 12px;
    margin-top: 3px;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_bg);
  }
  .milestone[data-first] .ms-dot {
    border-color: var(--_tone);
    background: var(--_tone);
  }
  .sublist {
    display: grid;
    gap: 2px;
  }
  .event {
    display: grid;
    grid-template-columns: auto auto 1fr;
    gap: 2px 8px;
    align-items: baseline;
  }
  .event .summary {
    grid-column: 1 / -1;
  }
  .sys {
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  /* recent orders and search */
  .picks {
    display: grid;
    gap: 6px;
  }
  .pick {
    width: 100%;
    display: grid;
    gap: 2px;
    padding: 8px 10px;
    text-align: left;
  }
  .pick:hover {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .search {
    display: grid;
    gap: 6px;
  }
  .label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: 6px;
  }
  .search-row input {
    flex: 1;
    min-width: 0;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
  }
  .primary {
    padding: 6px 12px;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }

  /* skeleton */
  .skeleton {
    display: grid;
    gap: 8px;
  }
  .sk {
    border-radius: 6px;
    background: var(--_surface);
    height: 12px;
    animation: pulse 1.2s ease-in-out infinite;
  }
  .sk-title {
    height: 22px;
    width: 55%;
  }
  .sk-badge {
    width: 35%;
  }
  .sk-chips {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 6px;
  }
  .sk-chip {
    height: 48px;
  }
  .sk-line {
    width: 100%;
  }
  .sk-line.short {
    width: 70%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sk,
    .icon-button[aria-busy='true'] svg {
      animation: none;
    }
  }
`;
