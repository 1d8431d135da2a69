import { css } from 'lit';

/** Banners, notices, states and the sections around lists. */
export const sectionsStyles = css`
  /* banners and notices */
  .banner,
  .notice,
  .state {
    display: flex;
    gap: 8px;
    padding: 8px 10px;
    border-radius: var(--_radius);
    border: 1px solid color-mix(in srgb, var(--_warn) 45%, var(--_bg));
    background: color-mix(in srgb, var(--_warn) 10%, var(--_bg));
  }
  .banner {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_bg));
    background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
  }
  .banner strong {
    color: var(--_danger);
  }
  .banner-icon {
    width: 16px;
    height: 16px;
    flex: none;
    margin-top: 2px;
    color: var(--_danger);
  }
  .state {
    display: grid;
    gap: 8px;
    border-color: var(--_border);
    background: var(--_surface);
  }
  .state p:first-child {
    font-weight: 600;
  }

  /* sections */
  .section {
    display: grid;
    gap: 8px;
    border-top: 1px solid var(--_border);
    padding-top: 10px;
  }
  .panel > .section:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .section h3 {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .h2-small {
    font-size: 1em;
    font-weight: 600;
  }
  .count {
    display: inline-block;
    min-width: 18px;
    padding: 0 5px;
    margin-left: 4px;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    text-align: center;
    font-size: 0.95em;
  }
  .list,
  .cards,
  .events {
    display: grid;
    gap: 8px;
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
  }
  .more {
    justify-self: start;
    padding: 3px 10px;
    color: var(--_accent);
    font-size: 0.92em;
  }
  .card-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
  }
  .card,
  .row {
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .row[data-current] {
    border-color: var(--_accent);
  }
`;
