/**
 * The calendar file (RFC 5545): one all-day event for every milestone of the current assessment
 * (contract version 2: documents_due, reinstatement_ends, inquiry_after, petition_expires,
 * dv_deadline, program_start). Every date is written DTSTART;VALUE=DATE / DTEND;VALUE=DATE, with no
 * time and no zone, so no calendar app and no browser zone can move it to another day.
 *
 * UIDs. Every event's UID is `<kind>-<key>@refusal-explainer`: `kind` is the milestone kind, and `key`
 * (`caseKey`) is a 32-bit FNV-1a hash, in base 36 padded to 7 characters, of exactly three facts:
 * `application.date` (the empty string when it is absent), `visaClass` and `application.kind`, joined
 * with "|". Nothing else goes in: not the petition (absent for most classes since version 2), not the
 * post, the history, the refusal, the program start, the DV year, the notes or the file's version. So
 * - re-exporting the same case, on any day, gives the same UIDs, and a calendar app updates its events
 *   instead of adding copies (DTSTAMP and SEQUENCE come from `asOf`, so a later file has a higher SEQUENCE);
 * - a changed fact other than those three (a new CEAC status, a corrected program start or DV year,
 *   a petition end date) keeps every UID, and the event moves to its new date;
 * - a case without an interview date or a petition still gets one stable key;
 * - the text hashed is the same as in version 1, so events imported from a version 1 file keep their UIDs;
 * - the UID reveals no fact: not the date, the class or the post.
 * Adding or correcting the interview date, the class or the application kind makes new UIDs (a new key).
 *
 * Texts. The events name dates and say what to do before them; they never promise how long anything
 * takes, and never say that "Refused" means denied. Every text is a message (its English in
 * src/locales/en/result.json, one message per paragraph), written with the caller's `write`: the file
 * is in the language the page shows, its dates written for that language.
 *
 * Built with the `ics` package, then post-processed where the package falls short of the RFC:
 * it folds lines by characters rather than octets, and writes a day-only alarm as "-P30DT"
 * (a dangling "T"). Everything here is pure: the output depends only on the input (DTSTAMP and
 * SEQUENCE come from `asOf`, never from the clock), so two builds of the same case are identical.
 *
 * The file is loaded only when the user asks for it (see src/ui/download.ts and src/ui/CalendarButton.tsx).
 */
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import {
  addDays, daysBetween, DOCUMENTS_WINDOW_YEARS, DV_LAST_DAY_OF_SEPTEMBER, INQUIRY_AFTER_DAYS,
  isImmigrant, isK, REINSTATEMENT_YEARS,
} from '../rules';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind } from '../rules';
import { programOfficialMsg } from '../rules/wording';
import { day, text, type Text, type TextValue } from '../i18n/text';
import { dvYear, hardDateBeforeInquiry, hardDateValues, onDvDeadline, programFormIn, type Write } from '../timeline/data';

export interface CalendarInput {
  caseFile: CaseFile;
  assessment: Assessment;
  /** The date of the assessment (the UI passes today's local date). */
  asOf: ISODate;
  /** The app's link to this case (the share link), only when the user asked to include it. */
  caseLink?: string;
  /**
   * Writes the events' texts in the page's language (`writerIn(i18n)`, src/ui/verdictText.ts): the
   * file is written in the language the page shows, its dates too.
   */
  write: Write;
}

export const CALENDAR_FILE_NAME = 'visa-case-dates.ics';
export const PRODUCT_ID = '-//Refusal explainer//Visa case dates//EN';
const UID_DOMAIN = 'refusal-explainer';
/** Reminders before the last day to send what the letter asked for. */
export const DOCUMENTS_DUE_REMINDER_DAYS = [30, 7] as const;
/** Days before each hard date at which a reminder goes off; kinds not listed get none. */
export const REMINDER_DAYS: Readonly<Partial<Record<MilestoneKind, readonly number[]>>> = {
  documents_due: DOCUMENTS_DUE_REMINDER_DAYS,
  dv_deadline: [30, 7],
  program_start: [30, 7],
};
/** The local hour at which those reminders go off. */
export const REMINDER_HOUR = 9;
/** SEQUENCE counts days from this date, so a file made later carries a higher revision number. */
const SEQUENCE_EPOCH = '2000-01-01';

/** A short, stable key for this case: a hash of facts that do not identify anyone (see the module comment). */
export function caseKey(caseFile: CaseFile): string {
  const text = [caseFile.application.date ?? '', caseFile.visaClass, caseFile.application.kind].join('|');
  // FNV-1a, 32 bits: enough to keep one person's cases apart, and reveals nothing.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** `documents_due-<key>@refusal-explainer`: the same for every file made for this case. */
export function eventUid(kind: MilestoneKind, key: string): string {
  return `${kind}-${key}@${UID_DOMAIN}`;
}

function dateArray(date: ISODate): DateArray {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// ---- Words that depend on the visa class ----

/** "30 September", as the law names the DV deadline; the full date if the milestone is elsewhere. */
const dvDay = (m: Milestone): TextValue =>
  (onDvDeadline(m) ? text(/*i18n*/ 'result.calendar.dvDeadlineDay', { day: DV_LAST_DAY_OF_SEPTEMBER }) : day(m.date));

function summary(m: Milestone, caseFile: CaseFile, write: Write): Text {
  const c = caseFile.visaClass;
  switch (m.kind) {
    case 'documents_due':
      return c === 'DV' && onDvDeadline(m)
        ? text(/*i18n*/ 'result.calendar.summary.dvDocumentsDue')
        : text(/*i18n*/ 'result.calendar.summary.documentsDue');
    case 'reinstatement_ends':
      return text(/*i18n*/ 'result.calendar.summary.reinstatementEnds');
    case 'inquiry_after':
      return text(/*i18n*/ 'result.calendar.summary.inquiryAfter', { days: INQUIRY_AFTER_DAYS });
    case 'petition_expires':
      return isK(c) ? text(/*i18n*/ 'result.calendar.summary.kPetition') : text(/*i18n*/ 'result.calendar.summary.petition');
    case 'dv_deadline':
      return text(/*i18n*/ 'result.calendar.summary.dvDeadline', { dvYear: dvYear(m), day: dvDay(m) });
    case 'program_start':
      return text(/*i18n*/ 'result.calendar.summary.programStart', { form: programFormIn(c, write) });
  }
}

/**
 * "Day 180 of administrative processing, counted from 1 Sep 2026 (...)": the milestone's day on the
 * processing clock, and where the clock starts.
 */
function processingDay(m: Milestone, days: number): Text {
  const base = addDays(m.date, -days);
  return base
    ? text(/*i18n*/ 'result.calendar.inquiry.day', { days, date: day(base) })
    : text(/*i18n*/ 'result.calendar.inquiry.dayNoDate', { days });
}

/**
 * When a hard date (petition end, program start, DV deadline) not yet passed falls on or before
 * `inquiry_after`, the applicant must not wait for `inquiry_after` (docs/case-file.md, "Hard dates
 * come before waiting"): the sentence that says so, naming the earliest one.
 */
function hardDateFirst(all: readonly Milestone[], caseFile: CaseFile, asOf: ISODate, write: Write): Text | undefined {
  const first = hardDateBeforeInquiry(all, asOf);
  if (!first) return undefined;
  return text(/*i18n*/ 'result.calendar.inquiry.hardDateFirst', {
    ...hardDateValues(first, caseFile.visaClass, write),
    date: day(first.date),
  });
}

/** The event's description: its paragraphs, each a text. */
function description(m: Milestone, caseFile: CaseFile, all: readonly Milestone[], asOf: ISODate, write: Write): Text[] {
  const date = day(m.date);
  const c = caseFile.visaClass;
  const official = (): string => write(programOfficialMsg(c));
  switch (m.kind) {
    case 'documents_due':
      return [
        text(/*i18n*/ 'result.calendar.documentsDue.lastDay', { date }),
        text(/*i18n*/ 'result.calendar.documentsDue.sendEverything'),
        c === 'DV'
          ? text(/*i18n*/ 'result.calendar.documentsDue.windowDv', { years: DOCUMENTS_WINDOW_YEARS, day: DV_LAST_DAY_OF_SEPTEMBER })
          : text(/*i18n*/ 'result.calendar.documentsDue.window', { years: DOCUMENTS_WINDOW_YEARS }),
        c === 'DV'
          ? text(/*i18n*/ 'result.calendar.documentsDue.afterDv', { day: DV_LAST_DAY_OF_SEPTEMBER })
          : isImmigrant(c)
            ? text(/*i18n*/ 'result.calendar.documentsDue.afterImmigrant')
            : text(/*i18n*/ 'result.calendar.documentsDue.after'),
      ];
    case 'reinstatement_ends':
      return [
        text(/*i18n*/ 'result.calendar.reinstatement.lastDay', { date }),
        text(/*i18n*/ 'result.calendar.reinstatement.rule', { documentsYears: DOCUMENTS_WINDOW_YEARS, years: REINSTATEMENT_YEARS }),
        text(/*i18n*/ 'result.calendar.reinstatement.askEarly'),
      ];
    case 'inquiry_after':
      return [
        processingDay(m, INQUIRY_AFTER_DAYS),
        text(/*i18n*/ 'result.calendar.inquiry.notBefore'),
        hardDateFirst(all, caseFile, asOf, write) ?? text(/*i18n*/ 'result.calendar.inquiry.ask'),
      ];
    case 'petition_expires':
      if (caseFile.petition?.status === 'returned_to_uscis' || caseFile.petition?.status === 'noir') {
        return [
          text(/*i18n*/ 'result.calendar.petition.returnedDate', { date }),
          isK(c) || isImmigrant(c)
            ? text(/*i18n*/ 'result.calendar.petition.returned')
            : text(/*i18n*/ 'result.calendar.petition.returnedEmployer'),
        ];
      }
      if (isK(c)) {
        return [text(/*i18n*/ 'result.calendar.petition.kDate', { date }), text(/*i18n*/ 'result.calendar.petition.kAdvice')];
      }
      return [
        text(/*i18n*/ 'result.calendar.petition.date', { date }),
        isImmigrant(c) ? text(/*i18n*/ 'result.calendar.petition.immigrant') : text(/*i18n*/ 'result.calendar.petition.employer'),
      ];
    case 'dv_deadline':
      if (m.passed) {
        return [
          text(/*i18n*/ 'result.calendar.dv.passedDate', { dvYear: dvYear(m), date }),
          text(/*i18n*/ 'result.calendar.dv.passed', { dvYear: dvYear(m) }),
        ];
      }
      return [
        text(/*i18n*/ 'result.calendar.dv.date', { dvYear: dvYear(m), date }),
        text(/*i18n*/ 'result.calendar.dv.noVisaAfter'),
        text(/*i18n*/ 'result.calendar.dv.contact'),
      ];
    case 'program_start':
      return [
        text(/*i18n*/ 'result.calendar.program.date', { form: programFormIn(c, write), date }),
        text(/*i18n*/ 'result.calendar.program.doNotWait'),
        text(/*i18n*/ 'result.calendar.program.ask', { official: official(), form: programFormIn(c, write) }),
      ];
  }
}

/** A reminder's text: "In 30 days (30 Sep 2026): ...". */
function reminderText(m: Milestone, caseFile: CaseFile, days: number, write: Write): Text {
  const c = caseFile.visaClass;
  const date = day(m.date);
  switch (m.kind) {
    case 'dv_deadline':
      return text(/*i18n*/ 'result.calendar.reminder.dv', { days, date, dvYear: dvYear(m) });
    case 'program_start':
      return text(/*i18n*/ 'result.calendar.reminder.program', {
        days, date, form: programFormIn(c, write), official: write(programOfficialMsg(c)),
      });
    default:
      return text(/*i18n*/ 'result.calendar.reminder.documents', { days, date });
  }
}

function alarms(m: Milestone, caseFile: CaseFile, write: Write): Alarm[] | undefined {
  const before = REMINDER_DAYS[m.kind];
  if (!before) return undefined;
  return before.map((days) => ({
    action: 'display' as const,
    // At 09:00 on the day, not at midnight: an all-day event starts at 00:00, so "30 days before at
    // 09:00" is 29 days and 15 hours before its start (written "-P29DT15H").
    trigger: { days: days - 1, hours: 24 - REMINDER_HOUR, before: true },
    description: write(reminderText(m, caseFile, days, write)),
  }));
}

/**
 * The whole calendar file as text: CRLF line endings, lines folded at 75 octets.
 * Throws an Error when the calendar cannot be built (for example a link the package rejects).
 */
export function buildCalendar(input: CalendarInput): string {
  const { caseFile, assessment, asOf, caseLink, write } = input;
  const stamp = `${asOf.replace(/-/g, '')}T000000Z`;
  dateArray(asOf); // throws on a bad asOf
  const sequence = Math.max(0, daysBetween(SEQUENCE_EPOCH, asOf) ?? 0);
  const key = caseKey(caseFile);
  const link = caseLink?.trim() || undefined;

  const events = assessment.milestones.map((m): EventAttributes & { timestamp: string } => {
    const next = addDays(m.date, 1);
    if (!next) throw new Error(`Not a calendar date: ${m.date}`);
    const paragraphs = [
      ...description(m, caseFile, assessment.milestones, asOf, write),
      ...(link ? [text(/*i18n*/ 'result.calendar.caseLink', { link })] : []),
      text(/*i18n*/ 'result.calendar.footer'),
    ];
    // One message per paragraph, each written in the page's language; a blank line between them.
    const words = paragraphs.map(write).join('\n\n');
    return {
      uid: eventUid(m.kind, key),
      title: write(summary(m, caseFile, write)),
      description: words,
      start: dateArray(m.date),
      end: dateArray(next),
      // A string is written as given: DTSTAMP from asOf, so the output never depends on the clock.
      timestamp: stamp,
      sequence,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      categories: [write(text(/*i18n*/ 'result.calendar.category'))],
      ...(link ? { url: link } : {}),
      ...(REMINDER_DAYS[m.kind] ? { alarms: alarms(m, caseFile, write) } : {}),
    };
  });

  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: write(text(/*i18n*/ 'result.calendar.name')),
  });
  if (error || value === null) {
    throw new Error(`The calendar file could not be made${error?.message ? `: ${error.message}` : '.'}`);
  }
  return foldLines(fixTriggers(value));
}

/** "TRIGGER:-P30DT" (a dangling T, which RFC 5545 does not allow) becomes "TRIGGER:-P30D". */
function fixTriggers(ics: string): string {
  return ics.replace(/^(TRIGGER(?:;[^:\r\n]*)?:-?P(?:\d+W)?(?:\d+D)?)T(?=\r\n)/gm, '$1');
}

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/**
 * Unfolds, then folds every content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * sequence or a surrogate pair; continuation lines start with one space. Lines end in CRLF.
 */
export function foldLines(ics: string): string {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) { // iterates by code point
    const n = octets(ch);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space counts towards the 75
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
