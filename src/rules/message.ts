/**
 * How the rules' texts become messages in the page's language (docs/policy.md, "Texts and
 * languages"). Every reason, step, warning and "why it matters" the rules write is a message: an id,
 * its English text in ICU MessageFormat beside the code that uses it, and its values. `assess` keeps
 * the contract's `text` fields: the English text with the values filled in (`englishText`). `explain`
 * also returns each message, so the page can show it in another language from that language's
 * catalog (src/locales/<lang>/rules.json); the rules module itself never knows the page's language.
 *
 * The descriptors are marked with an `i18n` comment so that `npm run i18n:extract` collects their
 * ids and English texts into the catalogs.
 */
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { formatDate } from './dates';
import type { ISODate } from './types';

/** A message's id and its English text (ICU MessageFormat), written where the rules use it. */
export interface MessageDescriptor {
  readonly id: string;
  readonly message: string;
}

/** A day, written in the page's language when the message is shown (always the same calendar day). */
export interface DateValue {
  readonly date: ISODate;
}

/** Items to be joined as a list in the page's language ("a, b and c"; "a, b y c"; "a、b和c"). */
export interface ListValue {
  readonly list: ReadonlyArray<string | Msg>;
}

export type MsgValue = string | number | DateValue | ListValue | Msg;

/** A text of the rules: which message, with which values. Values may be messages themselves. */
export interface Msg {
  readonly id: string;
  readonly message: string;
  readonly values?: Readonly<Record<string, MsgValue>>;
}

export function msg(d: MessageDescriptor, values?: Readonly<Record<string, MsgValue>>): Msg {
  return values ? { id: d.id, message: d.message, values } : { id: d.id, message: d.message };
}

export const dateValue = (date: ISODate): DateValue => ({ date });
export const listValue = (list: ReadonlyArray<string | Msg>): ListValue => ({ list });

export function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).id === 'string' && typeof (v as Msg).message === 'string';
}

/** "a, b and c": how the rules join a list in English. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A message's values as plain strings and numbers: nested messages rendered with `render`, dates
 * written with `writeDate`, lists joined with `join`. The page does the same in its own language
 * (src/ui/ruleText.ts).
 */
export function flatValues(
  m: Msg,
  render: (m: Msg) => string,
  writeDate: (d: ISODate) => string,
  join: (items: string[]) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) {
    out[k] = typeof v === 'string' || typeof v === 'number' ? v
      : isMsg(v) ? render(v)
        : 'list' in v ? join(v.list.map((item) => (typeof item === 'string' ? item : render(item))))
          : writeDate(v.date);
  }
  return out;
}

// English, compiled from the descriptors' own texts (the English catalog is not needed for them).
const english = setupI18n({ locale: 'en', messages: {} });
english.setMessagesCompiler(compileMessage);

/** The message in English, with its values: the contract's `text`. */
export function englishText(m: Msg): string {
  return english._({ id: m.id, message: m.message, values: flatValues(m, englishText, formatDate, listInWords) });
}
