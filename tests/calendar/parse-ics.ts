/**
 * Reads a calendar file with ical.js, an independent iCalendar parser (not the package that wrote
 * it), plus the raw-format checks calendar apps rely on. Shared by the unit tests and the e2e test.
 */
import ICAL from 'ical.js';

export interface ParsedAlarm {
  action: string;
  trigger: string;
  description: string;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url?: string;
  /** YYYY-MM-DD, as written (an all-day date never goes through a JS Date). */
  start: string;
  startIsDate: boolean;
  end?: string;
  endIsDate?: boolean;
  sequence?: number;
  dtstamp: string;
  alarms: ParsedAlarm[];
}

export interface ParsedCalendar {
  /** How many top-level components the file holds (calendar apps expect exactly one VCALENDAR). */
  calendars: number;
  prodId: string;
  version: string;
  method?: string;
  calName?: string;
  events: ParsedEvent[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function parseCalendar(ics: string): ParsedCalendar {
  const jcal = ICAL.parse(ics) as unknown;
  // ical.js returns one component, or an array when the file holds several.
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const cal = new ICAL.Component(roots[0] as never);
  if (cal.name !== 'vcalendar') throw new Error(`Expected a VCALENDAR, got ${cal.name}`);
  const events = cal.getAllSubcomponents('vevent').map((c): ParsedEvent => {
    const ev = new ICAL.Event(c);
    const end = c.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time> | null;
    const url = c.getFirstPropertyValue('url');
    const seq = c.getFirstPropertyValue('sequence');
    return {
      uid: ev.uid,
      summary: ev.summary,
      description: ev.description,
      ...(url !== null ? { url: text(url) } : {}),
      start: ev.startDate.toString(),
      startIsDate: ev.startDate.isDate,
      ...(end ? { end: end.toString(), endIsDate: end.isDate } : {}),
      ...(seq !== null ? { sequence: Number(seq) } : {}),
      dtstamp: text(c.getFirstProperty('dtstamp')?.toICALString()),
      alarms: c.getAllSubcomponents('valarm').map((a) => ({
        action: text(a.getFirstPropertyValue('action')),
        trigger: text(a.getFirstPropertyValue('trigger')),
        description: text(a.getFirstPropertyValue('description')),
      })),
    };
  });
  const opt = (name: string) => {
    const v = cal.getFirstPropertyValue(name);
    return v === null ? undefined : text(v);
  };
  return {
    calendars: roots.length,
    prodId: text(cal.getFirstPropertyValue('prodid')),
    version: text(cal.getFirstPropertyValue('version')),
    method: opt('method'),
    calName: opt('x-wr-calname'),
    events,
  };
}

/** Format problems calendar apps trip over: bare LF or CR, long lines, split characters. */
export function formatProblems(ics: string): string[] {
  const problems: string[] = [];
  if (/\r(?!\n)/.test(ics)) problems.push('a CR without LF');
  if (/(?<!\r)\n/.test(ics)) problems.push('a line ending without CR');
  if (!ics.endsWith('\r\n')) problems.push('no CRLF at the end');
  const encoder = new TextEncoder();
  ics.split('\r\n').forEach((line, i) => {
    const n = encoder.encode(line).length;
    if (n > 75) problems.push(`line ${i + 1} is ${n} octets long`);
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)) {
      problems.push(`line ${i + 1} splits a character`);
    }
  });
  const begins = ics.match(/^BEGIN:VCALENDAR\r$/gm)?.length ?? 0;
  if (begins !== 1) problems.push(`${begins} VCALENDAR blocks`);
  return problems;
}

/** The raw (unfolded) content lines, for checks on parameters such as VALUE=DATE. */
export function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}
