/**
 * A text the page shows, named by its message id, with its values: what the pure modules (the form's
 * description in src/intake/form.ts, validation, the status reader) return instead of English, so
 * that the page writes them in its own language. The ids are marked `/*i18n*\/` where they are
 * written, so that `npm run i18n:extract` finds them; their English is in src/locales/en/.
 *
 * Pure: no React, no DOM.
 */
import type { I18n } from '@lingui/core';
import { formatDateIn } from './dates';

/** A day, written in the page's language when shown (the same calendar day in every time zone). */
export interface DayValue {
  readonly date: string;
}
export type TextValue = string | number | DayValue | Text;

export interface Text {
  readonly id: string;
  readonly values?: Readonly<Record<string, TextValue>>;
}

export function text(id: string, values?: Readonly<Record<string, TextValue>>): Text {
  return values ? { id, values } : { id };
}

export const day = (date: string): DayValue => ({ date });

const isText = (v: TextValue): v is Text => typeof v === 'object' && 'id' in v;

/** The values of a text as strings and numbers: nested texts shown first, days written for the language. */
export function valuesOf(i18n: I18n, t: Text): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(t.values ?? {})) {
    out[k] = typeof v === 'string' || typeof v === 'number' ? v : isText(v) ? show(i18n, v) : formatDateIn(i18n.locale, v.date);
  }
  return out;
}

/** A text in the page's language. A bare string is a message id. */
export function show(i18n: I18n, t: Text | string): string {
  return typeof t === 'string' ? i18n._(t) : i18n._(t.id, valuesOf(i18n, t));
}

/**
 * Items joined as a list in the page's language: "a, b and c" in English (as the rules write it),
 * the language's own list words elsewhere ("a, b y c"; "a、b和c").
 */
export function listIn(locale: string, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (locale === 'en' || locale === 'pseudo') return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return new Intl.ListFormat(locale === 'zh' ? 'zh-Hans' : locale, { type: 'conjunction' }).format(items);
}
