/**
 * Calendar arithmetic on "YYYY-MM-DD" strings, done in UTC so that no local time zone can shift a
 * day (some zones skip a local midnight). Nothing here reads the clock.
 */
// The mini class: UTC getters and setters only. The full UTCDate builds three Intl.DateTimeFormat
// objects when its module loads (for toString), which costs ~50 ms of a slow phone's first visit.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addBusinessDays as addBusinessDaysFns, addYears as addYearsFns } from 'date-fns';
import type { ISODate } from './types';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest years the app accepts: anything else is a typing mistake. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function parts(s: string): [number, number, number] | undefined {
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is false). */
export function isISODate(s: unknown): s is ISODate {
  if (typeof s !== 'string') return false;
  const p = parts(s);
  if (!p) return false;
  const [y, m, d] = p;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // last day of month m
  return d <= days;
}

function toUTC(s: ISODate): Date | undefined {
  if (!isISODate(s)) return undefined;
  const [y, m, d] = parts(s)!;
  return new UTCDateMini(y, m - 1, d);
}

function fromUTC(d: Date): ISODate {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * Date order for YYYY-MM-DD text: code-unit order, for sorting. Not `localeCompare`, whose first call
 * loads the collation data (tens of milliseconds on a slow phone, in the middle of the first result).
 */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real date (UTC, so no zone or daylight-saving change can move it). */
function dayNumber(s: ISODate): number | undefined {
  if (!isISODate(s)) return undefined;
  const [y, m, d] = parts(s)!;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** `s` plus `n` calendar days; undefined when `s` is not a date. Plain UTC arithmetic: hot in `assess`. */
export function addDays(s: ISODate, n: number): ISODate | undefined {
  const day = dayNumber(s);
  return day === undefined ? undefined : fromUTC(new Date((day + n) * DAY_MS));
}

/** `s` plus `n` years; 29 February lands on 28 February when the year it lands in has none. */
export function addYears(s: ISODate, n: number): ISODate | undefined {
  const d = toUTC(s);
  return d ? fromUTC(addYearsFns(d, n)) : undefined;
}

/** `s` plus one year; 29 February lands on 28 February. */
export const addOneYear = (s: ISODate): ISODate | undefined => addYears(s, 1);

/** `s` plus `n` working days (Monday to Friday; public holidays are not known). */
export function addWorkingDays(s: ISODate, n: number): ISODate | undefined {
  const d = toUTC(s);
  return d ? fromUTC(addBusinessDaysFns(d, n)) : undefined;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); undefined for a bad date. */
export function daysBetween(from: ISODate, to: ISODate): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** ISO dates compare correctly as strings; this names the intent. */
export const isAfter = (a: ISODate, b: ISODate): boolean => a > b;

/** A date from a year, month (1-12) and day, if it is a real one. */
export function isoFromParts(y: number, m: number, d: number): ISODate | undefined {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isISODate(s) ? s : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-09-01" → "1 Sep 2026": unambiguous in every country, and never shifted by a time zone. */
export function formatDate(s: ISODate): string {
  const p = parts(s);
  if (!p || !isISODate(s)) return s;
  const [y, m, d] = p;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const US_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/** Whether the input looks like a day-month or month-day date ("03/04/2026"), which `dateProblem` names as such. */
export const looksDayMonth = (input: string): boolean => US_DATE.test(input.trim());

/** The message for a string that is not a real YYYY-MM-DD date (after the field's name). */
export function dateProblem(input: unknown): string {
  if (typeof input !== 'string') return 'must be a date written YYYY-MM-DD, for example 2026-03-01';
  if (looksDayMonth(input)) {
    return `"${input}" looks like a day-month or month-day date; write it as YYYY-MM-DD, for example 2026-03-01`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return `"${input}" is not a real calendar date`;
  return `"${clip(input)}" is not a date written YYYY-MM-DD, for example 2026-03-01`;
}

/** Text quoted in a message, cut to 40 characters. */
export function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
