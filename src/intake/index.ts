/**
 * Reads text pasted from the CEAC status page, nonimmigrant (NIV) or immigrant (IV, including DV):
 * the status, the two dates and which explanatory text was shown. Pure and total: no DOM, no clock,
 * never throws. Identifiers (application IDs, IV and DV case numbers, passport numbers, labelled
 * names) are dropped before anything else reads the text, and the result only ever holds enum
 * values, dates and a flag.
 */
import { text, type Text } from '../i18n/text';
import type { CeacStatus, ISODate } from '../rules/types';
import { DATE_TOKEN_SRC, ceacDate } from './dates';
import { scrubIdentifiers } from './identifiers';
import {
  CEAC_LOOKUP_ERROR_RE,
  hasStandardText,
  ivMentionedStatus,
  ivStatusOfLine,
  labelledStatus,
  mentionedStatus,
  refusedMessage,
  statusFromText,
  statusOfLine,
} from './status';
import type { CeacMessage } from './status';

export { ceacDate } from './dates';
export type { CeacMessage } from './status';

export type ParseCeacResult =
  | {
      ok: true;
      status: CeacStatus;
      lastUpdated?: ISODate;
      caseCreated?: ISODate;
      message?: CeacMessage;
      droppedIdentifiers: boolean;
    }
  | { ok: false; error: Text };

/** Longest text read; anything longer is refused before it is looked at. */
export const MAX_INPUT_CHARS = 100_000;

/**
 * What the reader says when it cannot read the text: messages (ids), shown in the page's language.
 * CEAC's status names in them ('Refused', 'Administrative Processing'...) stay English, as CEAC shows them
 * (marked `<0>` in the messages, shown as English by the page).
 */
export const ERRORS = {
  notText: text(/*i18n*/ 'app.paste.notText'),
  tooLong: text(/*i18n*/ 'app.paste.tooLong'),
  empty: text(/*i18n*/ 'app.paste.empty'),
  noStatus: text(/*i18n*/ 'app.paste.noStatus'),
  lookupError: text(/*i18n*/ 'app.paste.lookupError'),
  internal: text(/*i18n*/ 'app.paste.internal'),
} as const satisfies Record<string, Text>;

/** An immigrant-visa status the case file has no value for; `status` is CEAC's name for it, in English, in straight quotes. */
const ivError = (s: string): Text => text(/*i18n*/ 'app.paste.ivStatus', { status: `'${s}'` });

/** Reads pasted CEAC text. Never throws. */
export function parseCeacText(text: string): ParseCeacResult {
  if (typeof text !== 'string') return { ok: false, error: ERRORS.notText };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, error: ERRORS.tooLong }; // O(1): checked first
  try {
    return parse(text);
  } catch {
    return { ok: false, error: ERRORS.internal }; // a safety net; no known input gets here
  }
}

function parse(text: string): ParseCeacResult {
  const rawLines = normalize(text).split('\n');
  if (rawLines.every((l) => l.trim() === '')) return { ok: false, error: ERRORS.empty };

  // 1. Identifiers out, first. Tabs still separate labels from values here.
  const scrubbed = scrubIdentifiers(rawLines, (l) => statusOfLine(l) !== undefined);
  const lines = scrubbed.lines.map((l) => l.replace(/[\t ]+/g, ' ').trim());

  // 2. Dates, by their labels.
  const { caseCreated, lastUpdated } = findDates(lines.join('\n'));

  // 3. Status: labelled line, then a line that is only a status, then the explanatory text,
  //    then a status named in a short line.
  const flat = lines.join(' ').toLowerCase().replace(/ +/g, ' ');
  const bare = lines.map(stripDateParts);
  const status =
    labelledStatus(lines) ??
    firstDefined(bare, statusOfLine) ??
    statusFromText(flat) ??
    mentionedStatus(bare);

  if (!status) {
    if (CEAC_LOOKUP_ERROR_RE.test(flat)) return { ok: false, error: ERRORS.lookupError };
    const iv =
      firstDefined(bare, ivStatusOfLine) ?? firstDefined(bare.map(labelValue), ivStatusOfLine) ?? ivMentionedStatus(bare);
    return { ok: false, error: iv ? ivError(iv) : ERRORS.noStatus };
  }

  // 4. Which wording the page showed.
  let message: CeacMessage | undefined;
  if (status === 'Refused') message = refusedMessage(flat);
  else if (hasStandardText(status, flat)) message = 'standard';

  return {
    ok: true,
    status,
    ...(lastUpdated ? { lastUpdated } : {}),
    ...(caseCreated ? { caseCreated } : {}),
    ...(message ? { message } : {}),
    droppedIdentifiers: scrubbed.dropped,
  };
}

/** Unifies line breaks, odd spaces, dashes and quotes. Tabs are kept (they separate cells). */
function normalize(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\v\f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
}

const CREATED_SRC = String.raw`case\s*created(?:\s*on)?`;
const UPDATED_SRC = String.raw`(?:case\s*)?last\s*updated(?:\s*on)?`;
/** One label or one date; the scan below walks them in order. */
const DATE_SCAN_RE = new RegExp(`(${CREATED_SRC})|(${UPDATED_SRC})|(${DATE_TOKEN_SRC})`, 'gi');
const DATE_PARTS_RE = new RegExp(`${CREATED_SRC}|${UPDATED_SRC}|${DATE_TOKEN_SRC}`, 'gi');
const ALNUM_RE = /[A-Za-z0-9]/;

type DateLabel = 'caseCreated' | 'lastUpdated';

/**
 * Pairs each date label with the next date. Labels wait in a queue, so "Case Created: Case Last
 * Updated: 30-Aug-2022 31-Aug-2022" (a table copied by columns) pairs in order; any other words
 * between a label and a date break the pairing. A date-shaped value that is not a real day
 * (30-Feb-2022) uses up its label and is ignored. Unlabelled dates are ignored.
 */
function findDates(text: string): Partial<Record<DateLabel, ISODate>> {
  const out: Partial<Record<DateLabel, ISODate>> = {};
  let queue: DateLabel[] = [];
  let last = 0;
  DATE_SCAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_SCAN_RE.exec(text)) !== null) {
    if (ALNUM_RE.test(text.slice(last, m.index))) queue = [];
    last = m.index + m[0].length;
    if (m[1] !== undefined) queue.push('caseCreated');
    else if (m[2] !== undefined) queue.push('lastUpdated');
    else {
      const label = queue.shift();
      const date = ceacDate(m[3]!);
      if (label && date && out[label] === undefined) out[label] = date;
    }
  }
  return out;
}

/** A line without its date labels, dates and punctuation-only leftovers. */
function stripDateParts(line: string): string {
  return trimPunct(line.replace(DATE_PARTS_RE, ' '));
}

/** Trims spaces and punctuation at both ends (a loop: a regex anchored at the end could go quadratic). */
function trimPunct(s: string): string {
  const edge = ' :-*|"\'.!';
  let a = 0;
  let b = s.length;
  while (a < b && edge.includes(s[a]!)) a++;
  while (b > a && edge.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** The value after a "Status:" label, for the IV-only error message. */
function labelValue(line: string): string {
  const m = /^(?:(?:visa|case|application)\s+)?status\s*[:-]?\s*(.*)$/i.exec(line);
  return m ? m[1]! : '';
}

function firstDefined<T>(lines: readonly string[], f: (line: string) => T | undefined): T | undefined {
  for (const line of lines) {
    if (line === '') continue;
    const v = f(line);
    if (v !== undefined) return v;
  }
  return undefined;
}
