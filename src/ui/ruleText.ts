/**
 * What the rules wrote (src/rules/message.ts), in the page's language: in English the rules' own
 * text; in another language the message from that language's `rules` catalog, with its values (dates
 * written for the language). Loaded with the result page, never on the first page.
 */
import type { I18n } from '@lingui/core';
import { formatDateIn } from '../i18n/dates';
import { listIn } from '../i18n/text';
import { englishText, flatValues, type Msg } from '../rules/message';

export function showRule(i18n: I18n, m: Msg): string {
  if (i18n.locale === 'en') return englishText(m);
  return i18n._(m.id, flatValues(m, (inner) => showRule(i18n, inner), (d) => formatDateIn(i18n.locale, d), (items) => listIn(i18n.locale, items)));
}

/** A text the rules wrote: its message in the page's language, or its English when it has no message yet. */
export function ruleText(i18n: I18n, item: { text: string; message?: Msg }): string {
  return item.message ? showRule(i18n, item.message) : item.text;
}
