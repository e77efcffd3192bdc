import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, assess, type CaseFile, type MilestoneKind } from '../../src/rules';
import { buildCalendar, caseKey, eventUid, foldLines, PRODUCT_ID } from '../../src/calendar/ics';
import { apCase, AS_OF, documentsCase, finalCase } from './fixtures';
import { contentLines, formatProblems, parseCalendar } from './parse-ics';

const LINK = 'https://example.org/refusal-explainer/#c=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function build(caseFile: CaseFile, asOf = AS_OF, caseLink?: string) {
  const assessment = assess(caseFile, asOf);
  const ics = buildCalendar({ caseFile, assessment, asOf, ...(caseLink ? { caseLink } : {}) });
  return { assessment, ics, cal: parseCalendar(ics) };
}

const SUMMARY: Record<MilestoneKind, RegExp> = {
  documents_due: /last day to send what the letter asked for/i,
  ap_typical: /day 60 of administrative processing \(not a deadline\)/i,
  inquiry_after: /day 180/i,
  petition_expires: /petition \(I-797\) end date/i,
};

describe('buildCalendar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['administrative processing', apCase, ['ap_typical', 'inquiry_after', 'petition_expires']],
    ['documents outstanding', documentsCase, ['documents_due', 'petition_expires']],
  ] as const)('%s: one all-day event per milestone, parsed by ical.js', (_name, caseFile, kinds) => {
    const { assessment, cal } = build(caseFile);
    expect(assessment.milestones.map((m) => m.kind)).toEqual(kinds);
    expect(cal.calendars).toBe(1);
    expect(cal.version).toBe('2.0');
    expect(cal.prodId).toBe(PRODUCT_ID);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.calName).toBe('Visa case dates');
    expect(cal.events).toHaveLength(assessment.milestones.length);
    for (const m of assessment.milestones) {
      const ev = cal.events.find((e) => e.uid === eventUid(m.kind, caseKey(caseFile)));
      expect(ev, m.kind).toBeDefined();
      expect(ev!.start).toBe(m.date);
      expect(ev!.startIsDate).toBe(true);
      expect(ev!.end).toBe(addDays(m.date, 1));
      expect(ev!.endIsDate).toBe(true);
      expect(ev!.summary).toMatch(SUMMARY[m.kind]);
      expect(ev!.description.length).toBeGreaterThan(40);
      expect(ev!.dtstamp).toBe('DTSTAMP:20260418T000000Z');
    }
  });

  it('writes DTSTART and DTEND as VALUE=DATE, with no time and no zone', () => {
    const { ics } = build(apCase);
    const lines = contentLines(ics);
    const starts = lines.filter((l) => l.startsWith('DTSTART'));
    const ends = lines.filter((l) => l.startsWith('DTEND'));
    expect(starts).toHaveLength(3);
    expect(ends).toHaveLength(3);
    for (const l of [...starts, ...ends]) expect(l).toMatch(/^DT(START|END);VALUE=DATE:\d{8}$/);
    expect(ics).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('puts reminders 30 and 7 days before the documents deadline, and only there', () => {
    const { cal, ics } = build(documentsCase);
    const due = cal.events.find((e) => e.uid.startsWith('documents_due-'))!;
    expect(due.alarms.map((a) => a.trigger)).toEqual(['-P29DT15H', '-P6DT15H'] /* 30 and 7 days before, at 09:00 */);
    for (const a of due.alarms) {
      expect(a.action).toBe('DISPLAY');
      expect(a.description).toMatch(/last day to send/i);
    }
    expect(cal.events.filter((e) => e !== due).every((e) => e.alarms.length === 0)).toBe(true);
    // RFC 5545 durations never end in a bare "T" (the package writes "-P30DT"; the file must not).
    expect(contentLines(ics).filter((l) => l.startsWith('TRIGGER'))).toEqual(['TRIGGER:-P29DT15H', 'TRIGGER:-P6DT15H']);
  });

  it('uses stable UIDs: the same across builds and days, different per kind and per case', () => {
    const a = build(apCase);
    const b = build(apCase);
    expect(b.ics).toBe(a.ics);
    const later = build(apCase, '2026-05-01');
    expect(later.cal.events.map((e) => e.uid)).toEqual(a.cal.events.map((e) => e.uid));
    expect(later.cal.events[0]!.sequence).toBeGreaterThan(a.cal.events[0]!.sequence!);
    const uids = a.cal.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const u of uids) expect(u).toMatch(/^(documents_due|ap_typical|inquiry_after|petition_expires)-[0-9a-z]+@refusal-explainer$/);
    const other = build({ ...apCase, application: { ...apCase.application, date: '2026-03-03' } });
    expect(other.cal.events[0]!.uid).not.toBe(a.cal.events[0]!.uid);
  });

  it('keeps identifiers out of the UIDs', () => {
    const { cal } = build({ ...apCase, application: { ...apCase.application, post: 'Chennai' } });
    for (const e of cal.events) expect(e.uid).not.toMatch(/chennai|2026|H-1B/i);
  });

  it('never reads the clock: the output is the same at any time of day', () => {
    const first = build(apCase).ics;
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-04T23:59:59Z'));
    expect(build(apCase).ics).toBe(first);
  });

  it('ends every line with CRLF and folds lines at 75 octets, even with multi-byte text', () => {
    const wide = `https://example.org/r/#${'é'.repeat(60)}${'😀'.repeat(25)}`;
    for (const ics of [build(apCase).ics, build(documentsCase, AS_OF, LINK).ics, build(apCase, AS_OF, wide).ics]) {
      expect(formatProblems(ics)).toEqual([]);
      expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // long lines were folded
    }
    expect(parseCalendar(build(apCase, AS_OF, wide).ics).events[0]!.url).toBe(wide);
  });

  it('includes the link to the case only when given', () => {
    const without = build(documentsCase);
    expect(without.ics).not.toMatch(/^URL[:;]/m);
    for (const e of without.cal.events) {
      expect(e.url).toBeUndefined();
      expect(e.description).not.toMatch(/https?:/);
    }
    const withLink = build(documentsCase, AS_OF, LINK);
    for (const e of withLink.cal.events) {
      expect(e.url).toBe(LINK);
      expect(e.description).toContain(LINK);
    }
  });

  it('says the 60- and 180-day dates are what many posts say, not promises', () => {
    const { cal } = build(apCase);
    const typical = cal.events.find((e) => e.uid.startsWith('ap_typical-'))!;
    const inquiry = cal.events.find((e) => e.uid.startsWith('inquiry_after-'))!;
    expect(typical.description).toMatch(/many .*posts have said/i);
    expect(typical.description).toMatch(/not a promise/i);
    expect(inquiry.description).toMatch(/many posts accept questions/i);
    for (const e of cal.events) expect(e.description).not.toMatch(/\bwill (be|finish|end|take)\b|guarantee/i);
  });

  it('makes a valid, empty calendar when there are no milestones', () => {
    const { assessment, ics, cal } = build(finalCase);
    expect(assessment.milestones).toEqual([]);
    expect(cal.calendars).toBe(1);
    expect(cal.events).toEqual([]);
    expect(formatProblems(ics)).toEqual([]);
  });

  it('does not shift all-day dates in any time zone', () => {
    const saved = process.env.TZ;
    const reference = build(apCase).ics;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Honolulu', 'America/St_Johns', 'Asia/Kathmandu', 'UTC']) {
        process.env.TZ = tz;
        expect(build(apCase).ics, tz).toBe(reference);
        expect(build(apCase).cal.events.map((e) => e.start)).toEqual(['2026-05-09', '2026-09-06', '2027-09-30']);
      }
      // The zone really changed inside this process (UTC+14 and UTC-10 on the same instant).
      process.env.TZ = 'Pacific/Kiritimati';
      const kiritimati = new Date(Date.UTC(2026, 0, 1, 12)).getDate();
      process.env.TZ = 'Pacific/Honolulu';
      const honolulu = new Date(Date.UTC(2026, 0, 1, 12)).getDate();
      expect([kiritimati, honolulu]).toEqual([2, 1]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('foldLines', () => {
  it('folds by octets, never inside a character, and unfolds back to the same text', () => {
    const line = `DESCRIPTION:${'a'.repeat(10)}${'€'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldLines(`${line}\r\n`);
    expect(formatProblems(`BEGIN:VCALENDAR\r\n${folded}`)).toEqual([]);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
  });
});
