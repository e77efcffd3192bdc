/**
 * A case date (YYYY-MM-DD) written for the page's language. English keeps the rules module's own
 * format ("30 Sep 2027"), with no Intl on the first page; the other languages use the browser's own
 * locale data (Intl), asked for only when that language is shown. Every format is in UTC, so the
 * calendar day is the same in every time zone (the date is a day, not an instant).
 */
import { formatDate } from '../rules/dates';
import { HTML_LANG, type PageLocale } from './locales';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateIn(locale: PageLocale | string, iso: string): string {
  if (locale === 'en' || locale === 'pseudo' || !(locale in HTML_LANG)) return formatDate(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(HTML_LANG[locale as PageLocale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
