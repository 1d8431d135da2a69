import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFormatters, type Formatters } from './formatters.js';
import { en, type Messages } from './messages.en.js';

const catalogs: Record<string, () => Promise<Messages>> = {
  de: () => import('./messages.de.js').then((m) => m.de),
};

/**
 * The agent's locale for one element: its messages (English built in, others loaded on first use)
 * and its `Intl` formatters. The host re-renders once a catalog arrives.
 * @example this.i18n = new LocaleController(this, () => this.locale || navigator.language);
 */
export class LocaleController implements ReactiveController {
  msg: Messages = en;
  fmt: Formatters = createFormatters('en');
  /** False while a catalog loads, so the host can hold its first paint instead of flashing English. */
  ready = true;
  private current = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
  }

  hostUpdate(): void {
    this.apply();
  }

  private apply(): void {
    const locale = this.wanted() || 'en';
    if (locale === this.current) return;
    this.current = locale;
    const language = locale.toLowerCase().split('-')[0] ?? 'en';
    this.fmt = createFormatters(safeLocale(locale));
    const load = catalogs[language];
    if (!load) {
      this.msg = en;
      this.ready = true;
      return;
    }
    this.ready = false;
    load()
      .then((messages) => {
        if (this.current !== locale) return;
        this.msg = messages;
      })
      .catch(() => {
        this.msg = en; // an unreachable chunk must not leave the panel blank
      })
      .finally(() => {
        if (this.current !== locale) return;
        this.ready = true;
        this.host.requestUpdate();
      });
  }
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
