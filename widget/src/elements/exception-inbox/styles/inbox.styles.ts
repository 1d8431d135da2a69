import { css } from 'lit';

/** The inbox frame: its heading, count and live indicator. */
export const inboxStyles = css`
  .inbox {
    display: grid;
    gap: 12px;
    padding: 16px;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .head h2 {
    font-size: 1.3em;
    font-weight: 700;
    flex: 1;
    outline: none;
  }
  .count {
    display: inline-block;
    min-width: 22px;
    padding: 0 6px;
    margin-left: 4px;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    text-align: center;
    font-size: 0.7em;
    vertical-align: middle;
    font-weight: 600;
  }
  .live {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .live .live-dot {
    margin: 0;
  }
`;
