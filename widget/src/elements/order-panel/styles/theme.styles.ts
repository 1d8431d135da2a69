import { css } from 'lit';

/** The dark defaults, for an explicit `theme="dark"` and for `theme="auto"` on a dark system alike. */
const darkTokens = css`
  --_bg: var(--orderlens-bg, #16191e);
  --_surface: var(--orderlens-surface, #1f232a);
  --_fg: var(--orderlens-fg, #e6e9ed);
  --_muted: var(--orderlens-muted, #a2abb6);
  --_border: var(--orderlens-border, #343a44);
  --_accent: var(--orderlens-accent, #6aa8ff);
  --_ok: var(--orderlens-ok, #56c271);
  --_info: var(--orderlens-info, #6aa8ff);
  --_warn: var(--orderlens-warn, #e0a43a);
  --_danger: var(--orderlens-danger, #ff7a7f);
  --_focus: var(--orderlens-focus, #8cbcff);
  color-scheme: dark;
`;

/** Design tokens: every `--orderlens-*` custom property with its light and dark default. */
export const themeStyles = css`
  :host {
    --_font: var(--orderlens-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--orderlens-font-size, 13px);
    --_bg: var(--orderlens-bg, #ffffff);
    --_surface: var(--orderlens-surface, #f5f6f8);
    --_fg: var(--orderlens-fg, #1c2127);
    --_muted: var(--orderlens-muted, #59636e);
    --_border: var(--orderlens-border, #dfe3e8);
    --_accent: var(--orderlens-accent, #0b62d6);
    --_ok: var(--orderlens-ok, #13652c);
    --_info: var(--orderlens-info, #0b62d6);
    --_warn: var(--orderlens-warn, #8a4f00);
    --_danger: var(--orderlens-danger, #b81d2a);
    --_radius: var(--orderlens-radius, 8px);
    --_focus: var(--orderlens-focus, #0b62d6);
    display: block;
    min-width: 280px;
    font: var(--_size) / 1.45 var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
`;
