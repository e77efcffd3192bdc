/**
 * Dates as CEAC and people write them: "30-Aug-2022", "30-AUG-2022", "30 August 2022",
 * "Aug 30, 2022" and "2022-08-30". Pure: no clock, no time zone.
 */
import { isoFromParts } from '../rules/dates';
import type { ISODate } from '../rules/types';

/** Month names and their usual abbreviations (matched case-insensitively). */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// Each form has only bounded quantifiers, so no input can make these backtrack badly.
const DMY = `\\d{1,2}[-/. ]?${MONTH}\\.?[-/., ]?\\s?\\d{4}`; // 30-Aug-2022, 30 August, 2022
const MDY = `${MONTH}\\.?\\s\\d{1,2},?\\s\\d{4}`; //             Aug 30, 2022
const YMD = '\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}'; // 2022-08-30, 2022/08/30

/** Source of a regex matching one date-shaped token inside longer text (not glued to letters or digits). */
export const DATE_TOKEN_SRC = `(?<![A-Za-z0-9])(?:${DMY}|${MDY}|${YMD})(?![A-Za-z0-9])`;

const DMY_RE = new RegExp(`^(\\d{1,2})[-/. ]?(${MONTH})\\.?[-/., ]?\\s?(\\d{4})$`, 'i');
const MDY_RE = new RegExp(`^(${MONTH})\\.?\\s(\\d{1,2}),?\\s(\\d{4})$`, 'i');
const YMD_RE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1; // 0 when unknown
}

/** The matched year, month number and day as a real calendar date (1900-2199), if they are one. */
const iso = (y: string, m: number, d: string): ISODate | undefined => isoFromParts(Number(y), m, Number(d));

/**
 * One date as CEAC or a person writes it, as YYYY-MM-DD; undefined when it is not a date
 * or not a real calendar day ("30-Feb-2022").
 */
export function ceacDate(s: string): ISODate | undefined {
  if (typeof s !== 'string' || s.length > 40) return undefined;
  const t = s.trim().replace(/\s+/g, ' ');
  let m = DMY_RE.exec(t);
  if (m) return iso(m[3]!, monthNumber(m[2]!), m[1]!);
  m = MDY_RE.exec(t);
  if (m) return iso(m[3]!, monthNumber(m[1]!), m[2]!);
  m = YMD_RE.exec(t);
  if (m) return iso(m[1]!, Number(m[2]), m[3]!);
  return undefined;
}
