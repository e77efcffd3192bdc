/**
 * The calendar file (RFC 5545): one all-day event for every milestone of the current assessment.
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
  addDays, AP_TYPICAL_DAYS, daysBetween, DOCUMENTS_WINDOW, formatDate, INQUIRY_AFTER_DAYS, MILESTONE_LABELS,
} from '../rules';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind } from '../rules';

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
/** The local hour at which those reminders go off. */
export const REMINDER_HOUR = 9;
/** SEQUENCE counts days from this date, so a file made later carries a higher revision number. */
const SEQUENCE_EPOCH = '2000-01-01';

const SUMMARIES: Record<MilestoneKind, string> = {
  documents_due: 'Visa case: last day to send what the letter asked for',
  ap_typical: `Visa case: day ${AP_TYPICAL_DAYS} of administrative processing (not a deadline)`,
  inquiry_after: `Visa case: day ${INQUIRY_AFTER_DAYS}, many posts accept questions about the case from now`,
  petition_expires: 'Visa case: petition (I-797) end date',
};

const FOOTER =
  'Made with the refusal explainer from the facts you entered. General information, not legal advice: '
  + 'check the dates against your letter and the post\u2019s own pages.';

/** A short, stable key for this case: a hash of facts that do not identify anyone. */
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

/** "Day 60 of administrative processing, counted from 1 Sep 2026": the milestone's day on the processing clock. */
function processingDay(m: Milestone, days: number): string {
  const base = addDays(m.date, -days);
  return `Day ${days} of administrative processing${base ? `, counted from ${formatDate(base)}` : ''}`;
}

function description(m: Milestone): string {
  const date = formatDate(m.date);
  switch (m.kind) {
    case 'documents_due':
      return [
        `${MILESTONE_LABELS.documents_due}: ${date}.`,
        `Posts give ${DOCUMENTS_WINDOW.count} from the refusal to send what the 221(g) letter asked for without a new application and fee. `
          + 'Send everything well before this day, exactly as the letter says, and keep proof that you sent it.',
        'After this day posts treat the application as closed, and a new application and fee are needed.',
      ].join('\n\n');
    case 'ap_typical':
      return [
        `${processingDay(m, AP_TYPICAL_DAYS)} (the interview or the day you sent the documents, whichever is later).`,
        `Many U.S. embassy pages have said that most administrative processing finishes within about ${AP_TYPICAL_DAYS} days. `
          + 'That is what many posts have said, not a promise: some cases finish sooner, and many take longer.',
        'Nothing needs to be done on this day. Keep checking your status on the CEAC page.',
      ].join('\n\n');
    case 'inquiry_after':
      return [
        `${processingDay(m, INQUIRY_AFTER_DAYS)}.`,
        'Many posts accept questions about a case in administrative processing from about this day on; '
          + 'some posts give a shorter window on their own pages. Before then, contact the post only if your travel is urgent.',
        'If your case is still open, you can ask the post through its official contact page.',
      ].join('\n\n');
    case 'petition_expires':
      return [
        `The end date of the petition approval (I-797): ${date}.`,
        'A visa cannot be issued on an expired petition. If your case is still open near this date, '
          + 'ask the employer\u2019s attorney whether a new approval is needed.',
      ].join('\n\n');
  }
}

function alarms(m: Milestone): Alarm[] | undefined {
  if (m.kind !== 'documents_due') return undefined;
  return DOCUMENTS_DUE_REMINDER_DAYS.map((days) => ({
    action: 'display' as const,
    // At 09:00 on the day, not at midnight: an all-day event starts at 00:00, so "30 days before at
    // 09:00" is 29 days and 15 hours before its start (written "-P29DT15H").
    trigger: { days: days - 1, hours: 24 - REMINDER_HOUR, before: true },
    description: `In ${days} days (${formatDate(m.date)}): last day to send what the visa refusal letter asked for.`,
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
    const text = [description(m), link ? `Your case in the refusal explainer: ${link}` : '', FOOTER]
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: eventUid(m.kind, key),
      title: SUMMARIES[m.kind],
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
      ...(m.kind === 'documents_due' ? { alarms: alarms(m) } : {}),
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
