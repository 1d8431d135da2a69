import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps keyboard focus in a live list: when the row holding focus leaves (resolved here, or in
 * another tab), focus moves to the row now in its place, else to `fallback`, instead of dropping to
 * the page. Also moves focus to a chosen element after the next render (an opened form).
 * @example this.focus = new RowFocusController(this, { rows: 'li.row', inRow: 'h3', fallback: '#inbox-h' });
 */
export class RowFocusController implements ReactiveController {
  private index = -1;
  private next: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: { rows: string; inRow: string; fallback: string },
  ) {
    host.addController(this);
  }

  /** Focuses the element matching `selector` once the coming render is done. */
  after(selector: string): void {
    this.next = selector;
  }

  hostUpdate(): void {
    const focused = this.host.shadowRoot?.activeElement?.closest(this.options.rows);
    this.index = focused
      ? [...this.host.renderRoot.querySelectorAll(this.options.rows)].indexOf(focused)
      : -1;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    let target: HTMLElement | null = null;
    if (this.next) target = root.querySelector<HTMLElement>(this.next);
    else if (this.index >= 0 && !this.host.shadowRoot?.activeElement) {
      const rows = root.querySelectorAll(this.options.rows);
      const row = rows[Math.min(this.index, rows.length - 1)];
      target =
        row?.querySelector<HTMLElement>(this.options.inRow) ??
        root.querySelector<HTMLElement>(this.options.fallback);
    }
    this.next = null;
    this.index = -1;
    target?.focus();
  }
}
