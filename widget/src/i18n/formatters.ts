import type { Money } from '../client/order-types.js';

const DAY = 86_400_000;

/**
 * Dates, numbers and money in the agent's locale through `Intl`, with the formatters built once per
 * locale because panels re-render often.
 * @example createFormatters('de-DE').money({ amount: '129.90', currency: 'EUR' }) // "129,90 €"
 */
export function createFormatters(locale: string, now: () => number = Date.now) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const short = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const number = new Intl.NumberFormat(locale);
  const money = new Map<string, Intl.NumberFormat>();
  const parse = (iso: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return {
    locale,
    date: (iso: string) => date.format(parse(iso)),
    dateTime: (iso: string) => dateTime.format(parse(iso)),
    short: (iso: string) => short.format(parse(iso)),
    /** "3 hr. ago" within a month, else the date: agents think in "yesterday", not timestamps. */
    ago(iso: string): string {
      const diff = parse(iso).getTime() - now();
      const abs = Math.abs(diff);
      if (abs < 60_000) return relative.format(0, 'second');
      if (abs < 3_600_000) return relative.format(Math.round(diff / 60_000), 'minute');
      if (abs < DAY) return relative.format(Math.round(diff / 3_600_000), 'hour');
      if (abs < 30 * DAY) return relative.format(Math.round(diff / DAY), 'day');
      return date.format(parse(iso));
    },
    number: (n: number) => number.format(n),
    money({ amount, currency }: Money): string {
      let f = money.get(currency);
      if (!f) money.set(currency, (f = new Intl.NumberFormat(locale, { style: 'currency', currency })));
      // Intl formats decimal strings exactly; going through a float could round a large amount.
      return f.format(amount as unknown as number);
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
