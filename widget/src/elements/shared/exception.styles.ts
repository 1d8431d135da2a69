import { css } from 'lit';

/** What the order panel, the inbox and the alerts show alike: severity, due times, the live dot. */
export const exceptionStyles = css`
  .when[data-overdue='true'] {
    color: var(--_danger);
    font-weight: 600;
  }
  .exception-summary,
  .summary {
    overflow-wrap: anywhere;
  }
  .exception {
    border-left: 3px solid var(--_tone-exception, var(--_border));
  }
  .exception[data-severity='CRITICAL'] {
    --_tone-exception: var(--_danger);
  }
  .exception[data-severity='HIGH'] {
    --_tone-exception: var(--_warn);
  }
  .exception[data-severity='MEDIUM'] {
    --_tone-exception: var(--_info);
  }
  .exception[data-status='RESOLVED'] {
    --_tone-exception: var(--_border);
    opacity: 0.75;
  }
  .exception[data-status='RESOLVED'] .strong {
    text-decoration: line-through;
    text-decoration-color: var(--_muted);
  }
  .live-dot {
    display: inline-block;
    width: 7px;
    height: 7px;
    margin-left: 6px;
    border-radius: 50%;
    vertical-align: middle;
    background: var(--_muted);
  }
  .live-dot[data-live='live'] {
    background: var(--_ok);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_ok) 20%, transparent);
  }
  .live-dot[data-live='retrying'],
  .live-dot[data-live='connecting'] {
    background: var(--_warn);
  }
`;
