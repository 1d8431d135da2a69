import { css } from 'lit';

/** Loading, empty and error states. */
export const statesStyles = css`
  /* states */
  .state {
    display: grid;
    gap: 6px;
    justify-items: start;
    padding: 16px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state p:first-child {
    font-weight: 600;
  }
  .skeleton {
    display: grid;
    gap: 8px;
  }
  .sk-row {
    display: grid;
    gap: 6px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sk {
    display: block;
    height: 12px;
    border-radius: 6px;
    background: var(--_surface);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .sk-badge {
    width: 80px;
  }
  .sk-line.short {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sk,
    .row[data-new] {
      animation: none;
    }
  }
`;
