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
 * takes, and never say that "Refused" means denied.
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
  addDays, daysBetween, DOCUMENTS_WINDOW, DV_DEADLINE_WORDS, formatDate, INQUIRY_AFTER_DAYS,
  isImmigrant, isK, programForm, programOfficial, REINSTATEMENT_WINDOW,
} from '../rules';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind } from '../rules';
import { hardDateBeforeInquiry, onDvDeadline } from '../timeline/data';

export interface CalendarInput {
  caseFile: CaseFile;
  assessment: Assessment;
  /** The date of the assessment (the UI passes today's local date). */
  asOf: ISODate;
  /** The app's link to this case (the share link), only when the user asked to include it. */
  caseLink?: string;
}

export const CALENDAR_FILE_NAME = 'visa-case-dates.ics';
export const CALENDAR_NAME = 'Visa case dates';
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

const FOOTER =
  'Made with the refusal explainer from the facts you entered. General information, not legal advice: '
  + 'check the dates against your letter and the post\u2019s own pages.';

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

/** "DV-2026", from the deadline's own year (the DV deadline is 30 September of the DV year). */
const dvYear = (m: Milestone): string => `DV-${m.date.slice(0, 4)}`;
/** "30 September", as the law names the DV deadline; the full date if the milestone is elsewhere. */
const dvDay = (m: Milestone): string =>
  (onDvDeadline(m) ? DV_DEADLINE_WORDS : formatDate(m.date));

function summary(m: Milestone, caseFile: CaseFile): string {
  const c = caseFile.visaClass;
  switch (m.kind) {
    case 'documents_due':
      return c === 'DV' && onDvDeadline(m)
        ? 'Visa case: diversity visa deadline, send what the letter asked for now'
        : 'Visa case: last day to send what the letter asked for';
    case 'reinstatement_ends':
      return 'Visa case: last day to ask for reinstatement of the immigrant visa registration';
    case 'inquiry_after':
      return `Visa case: day ${INQUIRY_AFTER_DAYS}, many posts accept questions about administrative processing from now`;
    case 'petition_expires':
      return isK(c) ? 'Visa case: fianc\u00e9(e) petition (I-129F) validity ends' : 'Visa case: petition (I-797) end date';
    case 'dv_deadline':
      return `Last day a ${dvYear(m)} visa can be issued: ${dvDay(m)}`;
    case 'program_start':
      return `Visa case: program start on your ${programForm(c)}`;
  }
}

/** "Day 180 of administrative processing, counted from 1 Sep 2026": the milestone's day on the processing clock. */
function processingDay(m: Milestone, days: number): string {
  const base = addDays(m.date, -days);
  return `Day ${days} of administrative processing${base ? `, counted from ${formatDate(base)}` : ''}`;
}

/**
 * When a hard date (petition end, program start, DV deadline) not yet passed falls on or before
 * `inquiry_after`, the applicant must not wait for `inquiry_after` (docs/case-file.md, "Hard dates
 * come before waiting"): the sentence that says so, naming the earliest one.
 */
function hardDateFirst(all: readonly Milestone[], caseFile: CaseFile, asOf: ISODate): string | undefined {
  const first = hardDateBeforeInquiry(all, asOf);
  if (!first) return undefined;
  const c = caseFile.visaClass;
  const what: Record<string, string> = {
    petition_expires: isK(c) ? 'the I-129F petition\u2019s validity ends' : 'the petition ends',
    program_start: 'your program starts',
    dv_deadline: `the last day a ${dvYear(first)} visa can be issued`,
  };
  const also: Record<string, string> = {
    petition_expires: isK(c) || isImmigrant(c) ? '' : ' and the employer\u2019s attorney',
    program_start: ` and ${programOfficial(c)}`,
    dv_deadline: '',
  };
  return `${formatDate(first.date)}, when ${what[first.kind]}, comes first: do not wait for this day. `
    + `Contact the post${also[first.kind]} before ${formatDate(first.date)}.`;
}

function description(m: Milestone, caseFile: CaseFile, all: readonly Milestone[], asOf: ISODate): string {
  const date = formatDate(m.date);
  const c = caseFile.visaClass;
  switch (m.kind) {
    case 'documents_due':
      return [
        `Last day to send what the refusal letter asked for: ${date}.`,
        'Send everything before this day, exactly as the letter says, and keep proof that you sent it '
          + '(a courier receipt or a delivery confirmation).',
        `Posts allow ${DOCUMENTS_WINDOW.count} for this; some count it from the interview and some from the letter, `
          + 'so, to be safe, this date counts from the earlier of the interview date and the letter date (whichever you entered).'
          + (c === 'DV' ? ` For a diversity visa it is never later than ${DV_DEADLINE_WORDS} of the DV year.` : ''),
        c === 'DV'
          ? `Send it as early as you can: after ${DV_DEADLINE_WORDS} of the DV year no diversity visa can be issued, whenever the items arrive.`
          : isImmigrant(c)
            ? 'After this day the immigrant visa registration can be terminated (22 CFR 42.83(b)); the post sends a notice when it does.'
            : 'After this day posts treat the application as closed, and a new application and fee are needed.',
      ].join('\n\n');
    case 'reinstatement_ends':
      return [
        `Last day to ask the consulate to reinstate your immigrant visa registration: ${date}.`,
        'If the registration was terminated because what the letter asked for was not sent within '
          + `${DOCUMENTS_WINDOW.definite}, you can ask the consulate to reinstate it within ${REINSTATEMENT_WINDOW.count} `
          + 'of the 221(g) refusal, if you show that the delay was beyond your control (22 CFR 42.83(c)).',
        'Ask well before this day, with proof of what kept you from sending the items in time.',
      ].join('\n\n');
    case 'inquiry_after': {
      const first = hardDateFirst(all, caseFile, asOf);
      return [
        `${processingDay(m, INQUIRY_AFTER_DAYS)} (the interview or the day you sent the documents, whichever is later).`,
        'Many posts ask applicants not to inquire about administrative processing before this day, unless the matter '
          + 'is urgent (for example a medical or family emergency). Posts differ: some give a shorter window on their own pages. '
          + 'This is not a date by which the case ends.',
        first ?? 'If your case is still open, you can ask the post through its official contact page.',
      ].join('\n\n');
    }
    case 'petition_expires':
      if (caseFile.petition?.status === 'returned_to_uscis' || caseFile.petition?.status === 'noir') {
        return [
          `The petition\u2019s end date: ${date}.`,
          'The petition is with USCIS now, not with the post: ask an immigration attorney'
            + (isK(c) || isImmigrant(c) ? '' : ' or the employer\u2019s attorney')
            + ' what this date means for the case and whether a new petition is needed.',
        ].join('\n\n');
      }
      if (isK(c)) {
        return [
          `The end of the I-129F petition\u2019s validity: ${date}.`,
          'If your case is still open near this date, ask the post whether the petition\u2019s validity can be extended; '
            + 'otherwise your U.S. citizen fianc\u00e9(e) may need to file a new petition.',
        ].join('\n\n');
      }
      return [
        `The end date of the petition approval (I-797): ${date}.`,
        isImmigrant(c)
          ? 'If your case is still open near this date, ask the post or your attorney what it means for the case.'
          : 'A visa is generally not issued on a petition that has ended. If your case is still open near this date, '
            + 'ask the employer\u2019s attorney whether a new approval is needed.',
      ].join('\n\n');
    case 'dv_deadline':
      if (m.passed) {
        return [
          `Last day a ${dvYear(m)} visa could be issued: ${date}. This day has passed.`,
          `No ${dvYear(m)} visa can be issued any more, even if administrative processing was still pending. `
            + 'A later DV program can be entered during its registration period.',
        ].join('\n\n');
      }
      return [
        `Last day a ${dvYear(m)} visa can be issued: ${date}.`,
        'No diversity visa can be issued after this day, even if administrative processing is still pending. '
          + 'Visa numbers can also run out before it.',
        'If your case is still open, contact the post well before this day and answer any request at once.',
      ].join('\n\n');
    case 'program_start':
      return [
        `Your program start date on your ${programForm(c)}: ${date}.`,
        'If the visa may not come in time, do not wait: contact the post before this day, say when your program starts '
          + 'and ask whether the case can be finished in time.',
        `Ask ${programOfficial(c)} now about deferring the start or getting a new ${programForm(c)} with a later date.`,
      ].join('\n\n');
  }
}

function reminderText(m: Milestone, caseFile: CaseFile): string {
  const c = caseFile.visaClass;
  switch (m.kind) {
    case 'dv_deadline':
      return `last day a ${dvYear(m)} visa can be issued.`;
    case 'program_start':
      return `your program starts (${programForm(c)}). If the visa may come late, ask ${programOfficial(c)} about deferring.`;
    default:
      return 'last day to send what the visa refusal letter asked for.';
  }
}

function alarms(m: Milestone, caseFile: CaseFile): Alarm[] | undefined {
  const before = REMINDER_DAYS[m.kind];
  if (!before) return undefined;
  return before.map((days) => ({
    action: 'display' as const,
    // At 09:00 on the day, not at midnight: an all-day event starts at 00:00, so "30 days before at
    // 09:00" is 29 days and 15 hours before its start (written "-P29DT15H").
    trigger: { days: days - 1, hours: 24 - REMINDER_HOUR, before: true },
    description: `In ${days} days (${formatDate(m.date)}): ${reminderText(m, caseFile)}`,
  }));
}

/**
 * The whole calendar file as text: CRLF line endings, lines folded at 75 octets.
 * Throws an Error when the calendar cannot be built (for example a link the package rejects).
 */
export function buildCalendar(input: CalendarInput): string {
  const { caseFile, assessment, asOf, caseLink } = input;
  const stamp = `${asOf.replace(/-/g, '')}T000000Z`;
  dateArray(asOf); // throws on a bad asOf
  const sequence = Math.max(0, daysBetween(SEQUENCE_EPOCH, asOf) ?? 0);
  const key = caseKey(caseFile);
  const link = caseLink?.trim() || undefined;

  const events = assessment.milestones.map((m): EventAttributes & { timestamp: string } => {
    const next = addDays(m.date, 1);
    if (!next) throw new Error(`Not a calendar date: ${m.date}`);
    const text = [description(m, caseFile, assessment.milestones, asOf), link ? `Your case in the refusal explainer: ${link}` : '', FOOTER]
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: eventUid(m.kind, key),
      title: summary(m, caseFile),
      description: text,
      start: dateArray(m.date),
      end: dateArray(next),
      // A string is written as given: DTSTAMP from asOf, so the output never depends on the clock.
      timestamp: stamp,
      sequence,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      categories: ['Visa case'],
      ...(link ? { url: link } : {}),
      ...(REMINDER_DAYS[m.kind] ? { alarms: alarms(m, caseFile) } : {}),
    };
  });

  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: CALENDAR_NAME,
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
