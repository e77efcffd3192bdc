/**
 * Helpers for the calendar e2e test: press the button on the assessment page, catch the download,
 * read it with ical.js, and compute what it should hold from the same case file with `assess`.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { assess, addDays, type CaseFile, type ISODate } from '../../../src/rules';
import { caseKey, eventUid } from '../../../src/calendar/ics';
import { formatProblems, parseCalendar, type ParsedCalendar } from '../../calendar/parse-ics';

export const CALENDAR_BUTTON = { role: 'button', name: 'Add these dates to my calendar' } as const;
export const LINK_CHECKBOX = { role: 'checkbox', name: 'Include a link to this case' } as const;

export interface DownloadedCalendar {
  fileName: string;
  text: string;
  calendar: ParsedCalendar;
  /** CRLF, 75-octet lines, one VCALENDAR: empty when the file is in the form calendar apps expect. */
  problems: string[];
}

/** Clicks "Add these dates to my calendar" (ticking the link box first when asked) and reads the file. */
export async function downloadCalendarFile(page: Page, options: { includeLink?: boolean } = {}): Promise<DownloadedCalendar> {
  if (options.includeLink) await page.getByRole(LINK_CHECKBOX.role, { name: LINK_CHECKBOX.name }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole(CALENDAR_BUTTON.role, { name: CALENDAR_BUTTON.name }).click(),
  ]);
  const failure = await download.failure();
  if (failure) throw new Error(`The calendar download failed: ${failure}`);
  const text = await readFile(await download.path(), 'utf8');
  return { fileName: download.suggestedFilename(), text, calendar: parseCalendar(text), problems: formatProblems(text) };
}

export interface ExpectedEvent {
  uid: string;
  start: ISODate;
  end: ISODate;
  alarms: string[];
}

/** What the file must hold for this case on `asOf`: one all-day event per milestone of `assess`. */
export function expectedEvents(caseFile: CaseFile, asOf: ISODate): ExpectedEvent[] {
  const key = caseKey(caseFile);
  return assess(caseFile, asOf).milestones.map((m) => ({
    uid: eventUid(m.kind, key),
    start: m.date,
    end: addDays(m.date, 1)!,
    // Reminders 30 and 7 days before, at 09:00, for the hard dates: the documents, the DV deadline, the program start.
    alarms: ['documents_due', 'dv_deadline', 'program_start'].includes(m.kind) ? ['-P29DT15H', '-P6DT15H'] : [],
  }));
}

/** The downloaded events in the same shape as `expectedEvents`, for one `toEqual`. */
export function actualEvents(calendar: ParsedCalendar): ExpectedEvent[] {
  return calendar.events.map((e) => ({ uid: e.uid, start: e.start, end: e.end ?? '', alarms: e.alarms.map((a) => a.trigger) }));
}

/** Pins the page's clock to noon on `asOf` (local), so "today" on the page is `asOf`. Call before goto. */
export async function pinToday(page: Page, asOf: ISODate): Promise<void> {
  await page.clock.setFixedTime(new Date(`${asOf}T12:00:00`));
}
