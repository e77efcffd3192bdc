/**
 * The calendar file, from hand-built assessments (contract version 2; see ./fixtures.ts), so these
 * tests do not depend on `assess`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays, daysBetween, MILESTONE_KINDS, type Assessment, type CaseFile, type ISODate, type MilestoneKind,
} from '../../src/rules';
import { addYears } from '../../src/rules/dates';
import { buildCalendar, caseKey, eventUid, foldLines, PRODUCT_ID } from '../../src/calendar/ics';
import {
  apAssessment, apCase, AS_OF, assessmentOf, documentsAssessment, documentsCase, dvAssessment, dvCase,
  exchangeAssessment, exchangeCase, finalAssessment, finalCase, immigrantAssessment, immigrantCase, kAssessment,
  kCase, studentAssessment, studentCase, write,
} from './fixtures';
import { contentLines, formatProblems, parseCalendar, type ParsedEvent } from './parse-ics';

const LINK = 'https://example.org/refusal-explainer/#c=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function build(caseFile: CaseFile, assessment: Assessment, asOf: ISODate = AS_OF, caseLink?: string) {
  // Written as the page writes it, with English active (tests/setup.ts).
  const ics = buildCalendar({ caseFile, assessment, asOf, write, ...(caseLink ? { caseLink } : {}) });
  return { assessment, ics, cal: parseCalendar(ics) };
}

/** Every case of the fixtures with its hand-built assessment on AS_OF. */
const CASES: Array<[string, CaseFile, () => Assessment, MilestoneKind[]]> = [
  ['H-1B administrative processing', apCase, apAssessment, ['inquiry_after', 'petition_expires']],
  ['L-1A documents outstanding', documentsCase, documentsAssessment, ['documents_due', 'petition_expires']],
  ['DV-2026 administrative processing', dvCase, dvAssessment, ['inquiry_after', 'dv_deadline']],
  ['F-1 administrative processing', studentCase, studentAssessment, ['program_start', 'inquiry_after']],
  ['J-1 documents outstanding', exchangeCase, exchangeAssessment, ['program_start', 'documents_due']],
  ['IR-CR closed after the year', immigrantCase, immigrantAssessment, ['documents_due', 'reinstatement_ends']],
  ['K-1 administrative processing', kCase, kAssessment, ['petition_expires', 'inquiry_after']],
];

const SUMMARY: Record<MilestoneKind, RegExp> = {
  documents_due: /^Visa case: last day to send what the letter asked for$/,
  reinstatement_ends: /^Visa case: last day to ask for reinstatement/,
  inquiry_after: /^Visa case: day 180, many posts accept questions/,
  petition_expires: /^Visa case: (petition \(I-797\) end date|fiancé\(e\) petition \(I-129F\) validity ends)$/,
  dv_deadline: /^Last day a DV-\d{4} visa can be issued: 30 September$/,
  program_start: /^Visa case: program start on your (I-20|DS-2019)$/,
};

/** The reminders each kind must carry: 30 and 7 days before, at 09:00 ("-P29DT15H" and "-P6DT15H"). */
const ALARMS: Record<MilestoneKind, string[]> = {
  documents_due: ['-P29DT15H', '-P6DT15H'],
  dv_deadline: ['-P29DT15H', '-P6DT15H'],
  program_start: ['-P29DT15H', '-P6DT15H'],
  reinstatement_ends: [],
  inquiry_after: [],
  petition_expires: [],
};

const eventOf = (events: ParsedEvent[], kind: MilestoneKind) => events.find((e) => e.uid.startsWith(`${kind}-`));

/** The raw lines of one VEVENT (unfolded), found by its UID. */
function rawEvent(ics: string, uid: string): string[] {
  const lines = contentLines(ics);
  const at = lines.indexOf(`UID:${uid}`);
  expect(at, uid).toBeGreaterThan(-1);
  const begin = lines.lastIndexOf('BEGIN:VEVENT', at);
  const end = lines.indexOf('END:VEVENT', at);
  return lines.slice(begin, end + 1);
}

describe('the hand-built fixtures', () => {
  it('follow the contract arithmetic (calendar days, + one year, + two years)', () => {
    expect(addDays('2026-03-10', 180)).toBe('2026-09-06');
    expect(addDays('2026-03-16', 180)).toBe('2026-09-12');
    expect(addDays('2026-04-01', 180)).toBe('2026-09-28');
    expect(addDays('2026-03-02', 180)).toBe('2026-08-29');
    expect(addYears('2026-02-27', 1)).toBe('2027-02-27');
    expect(addYears('2025-01-21', 2)).toBe('2027-01-21');
    expect(daysBetween('2026-03-02', AS_OF)).toBe(47);
    for (const [name, , assessment] of CASES) {
      for (const m of assessment().milestones) expect(m.passed, `${name} ${m.kind}`).toBe(m.date < AS_OF);
    }
  });
});

describe('buildCalendar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(CASES)('%s: one all-day event per milestone, parsed by ical.js', (_name, caseFile, assessmentFor, kinds) => {
    const { assessment, cal, ics } = build(caseFile, assessmentFor());
    expect(assessment.milestones.map((m) => m.kind)).toEqual(kinds);
    expect(cal.calendars).toBe(1);
    expect(cal.version).toBe('2.0');
    expect(cal.prodId).toBe(PRODUCT_ID);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.calName).toBe('Visa case dates');
    expect(cal.events).toHaveLength(assessment.milestones.length);
    expect(formatProblems(ics)).toEqual([]);
    for (const m of assessment.milestones) {
      const uid = eventUid(m.kind, caseKey(caseFile));
      const ev = cal.events.find((e) => e.uid === uid);
      expect(ev, m.kind).toBeDefined();
      expect(ev!.start).toBe(m.date);
      expect(ev!.startIsDate).toBe(true);
      expect(ev!.end).toBe(addDays(m.date, 1));
      expect(ev!.endIsDate).toBe(true);
      expect(ev!.summary).toMatch(SUMMARY[m.kind]);
      expect(ev!.description.length).toBeGreaterThan(40);
      expect(ev!.dtstamp).toBe('DTSTAMP:20260418T000000Z');
      expect(ev!.alarms.map((a) => a.trigger), m.kind).toEqual(ALARMS[m.kind]);
      // The raw VEVENT: an all-day DTSTART;VALUE=DATE on the milestone's day, DTEND the day after.
      const raw = rawEvent(ics, uid);
      expect(raw.filter((l) => l.startsWith('DTSTART'))).toEqual([`DTSTART;VALUE=DATE:${m.date.replace(/-/g, '')}`]);
      expect(raw.filter((l) => l.startsWith('DTEND'))).toEqual([`DTEND;VALUE=DATE:${addDays(m.date, 1)!.replace(/-/g, '')}`]);
    }
  });

  it('covers every milestone kind of contract version 2, and nothing else', () => {
    const kinds = new Set(CASES.flatMap(([, cf, a]) => parseCalendar(build(cf, a()).ics).events.map((e) => e.uid.replace(/-[0-9a-z]+@.*$/, ''))));
    expect([...kinds].sort()).toEqual([...MILESTONE_KINDS].sort());
    expect(MILESTONE_KINDS).not.toContain('ap_typical');
  });

  it('writes DTSTART and DTEND as VALUE=DATE, with no time and no zone', () => {
    for (const [name, cf, a] of CASES) {
      const { ics, assessment } = build(cf, a());
      const lines = contentLines(ics);
      const starts = lines.filter((l) => l.startsWith('DTSTART'));
      const ends = lines.filter((l) => l.startsWith('DTEND'));
      expect(starts, name).toHaveLength(assessment.milestones.length);
      expect(ends, name).toHaveLength(assessment.milestones.length);
      for (const l of [...starts, ...ends]) expect(l).toMatch(/^DT(START|END);VALUE=DATE:\d{8}$/);
      expect(ics).not.toMatch(/TZID|VTIMEZONE/);
    }
  });

  it('puts reminders 30 and 7 days before the documents deadline, the DV deadline and the program start, and only there', () => {
    const cases: Array<[CaseFile, Assessment, MilestoneKind[]]> = [
      [documentsCase, documentsAssessment(), ['documents_due']],
      [dvCase, dvAssessment(), ['dv_deadline']],
      [studentCase, studentAssessment(), ['program_start']],
      [exchangeCase, exchangeAssessment(), ['program_start', 'documents_due']],
      [immigrantCase, immigrantAssessment(), ['documents_due']],
      [apCase, apAssessment(), []],
      [kCase, kAssessment(), []],
    ];
    for (const [cf, assessment, withAlarms] of cases) {
      const { cal, ics } = build(cf, assessment);
      for (const e of cal.events) {
        const kind = e.uid.replace(/-[0-9a-z]+@.*$/, '') as MilestoneKind;
        if (withAlarms.includes(kind)) {
          expect(e.alarms.map((a) => a.trigger), kind).toEqual(['-P29DT15H', '-P6DT15H'] /* 30 and 7 days before, at 09:00 */);
          for (const a of e.alarms) {
            expect(a.action).toBe('DISPLAY');
            expect(a.description).toMatch(/^In (30|7) days \(\d{1,2} [A-Z][a-z]{2} \d{4}\): /);
          }
        } else {
          expect(e.alarms, kind).toEqual([]);
        }
      }
      // RFC 5545 durations never end in a bare "T" (the package writes "-P30DT"; the file must not).
      const triggers = contentLines(ics).filter((l) => l.startsWith('TRIGGER'));
      expect(triggers).toEqual(withAlarms.flatMap(() => ['TRIGGER:-P29DT15H', 'TRIGGER:-P6DT15H']));
    }
    const dv = eventOf(build(dvCase, dvAssessment()).cal.events, 'dv_deadline')!;
    expect(dv.alarms.map((a) => a.description)).toEqual([
      'In 30 days (30 Sep 2026): last day a DV-2026 visa can be issued.',
      'In 7 days (30 Sep 2026): last day a DV-2026 visa can be issued.',
    ]);
    const program = eventOf(build(studentCase, studentAssessment()).cal.events, 'program_start')!;
    expect(program.alarms[0]!.description).toMatch(/^In 30 days \(17 Aug 2026\): your program starts \(I-20\)\..*DSO/);
    const due = eventOf(build(documentsCase, documentsAssessment()).cal.events, 'documents_due')!;
    for (const a of due.alarms) expect(a.description).toMatch(/last day to send/i);
  });

  it('uses stable UIDs: the same across builds and days, different per kind and per case', () => {
    const a = build(apCase, apAssessment());
    const b = build(apCase, apAssessment());
    expect(b.ics).toBe(a.ics);
    const later = build(apCase, apAssessment('2026-05-01'), '2026-05-01');
    expect(later.cal.events.map((e) => e.uid)).toEqual(a.cal.events.map((e) => e.uid));
    expect(later.cal.events[0]!.sequence).toBeGreaterThan(a.cal.events[0]!.sequence!);
    const all = CASES.flatMap(([, cf, as]) => build(cf, as()).cal.events.map((e) => e.uid));
    expect(new Set(all).size).toBe(all.length);
    for (const u of all) {
      expect(u).toMatch(/^(documents_due|reinstatement_ends|inquiry_after|petition_expires|dv_deadline|program_start)-[0-9a-z]{7}@refusal-explainer$/);
    }
    const other = build({ ...apCase, application: { ...apCase.application, date: '2026-03-03' } }, apAssessment());
    expect(other.cal.events[0]!.uid).not.toBe(a.cal.events[0]!.uid);
  });

  it('keeps the version 1 key, so events imported from a version 1 file keep their UIDs', () => {
    // FNV-1a of "2026-03-02|H-1B|interview", as version 1 wrote it; the file's version is not hashed.
    expect(caseKey(apCase)).toBe('0cgwq5v');
    expect(caseKey({ ...apCase, version: 1 } as unknown as CaseFile)).toBe('0cgwq5v');
    expect(eventUid('inquiry_after', caseKey(apCase))).toBe('inquiry_after-0cgwq5v@refusal-explainer');
  });

  it.each([
    ['the post', (cf: CaseFile): CaseFile => ({ ...cf, application: { ...cf.application, post: 'Lagos' } })],
    ['the notes', (cf: CaseFile): CaseFile => ({ ...cf, notes: 'Sent the bank statements by courier.' })],
    ['a new CEAC status', (cf: CaseFile): CaseFile => ({ ...cf, ceacHistory: [...cf.ceacHistory, { seenOn: '2026-04-10', status: 'Administrative Processing' }] })],
    ['the refusal record', (cf: CaseFile): CaseFile => ({ ...cf, refusal: { ...cf.refusal, slipColor: 'yellow', respondedOn: '2026-04-01' } })],
    ['what the officer said', (cf: CaseFile): CaseFile => ({ ...cf, application: { ...cf.application, officerSaid: 'nothing', passport: 'returned' } })],
    ['the petition (added, changed or removed)', (cf: CaseFile): CaseFile => {
      if (!cf.petition) return { ...cf, petition: { status: 'unknown' } };
      const { petition: _dropped, ...rest } = cf;
      return rest;
    }],
    ['the program start', (cf: CaseFile): CaseFile => ({ ...cf, program: { startDate: '2026-09-14' } })],
    ['the DV year', (cf: CaseFile): CaseFile => ({ ...cf, dv: { programYear: 2027 } })],
  ])('keeps every UID when %s changes', (_what, change) => {
    for (const [name, cf, assessment] of CASES) {
      const before = build(cf, assessment()).cal.events.map((e) => e.uid);
      const after = build(change(cf), assessment()).cal.events.map((e) => e.uid);
      expect(after, name).toEqual(before);
    }
  });

  it('moves an event, keeping its UID, when its own date is corrected', () => {
    const first = eventOf(build(studentCase, studentAssessment()).cal.events, 'program_start')!;
    const corrected: CaseFile = { ...studentCase, program: { startDate: '2026-09-14' } };
    const moved = assessmentOf('administrative_processing', [['inquiry_after', '2026-09-28'], ['program_start', '2026-09-14']]);
    const second = eventOf(build(corrected, moved).cal.events, 'program_start')!;
    expect(second.uid).toBe(first.uid);
    expect([first.start, second.start]).toEqual(['2026-08-17', '2026-09-14']);
  });

  it('works without an interview date and without a petition: one stable key per case', () => {
    const { application, ...rest } = dvCase;
    const noDate: CaseFile = { ...rest, application: { kind: application.kind } };
    expect(noDate.petition).toBeUndefined();
    const key = caseKey(noDate);
    expect(key).toMatch(/^[0-9a-z]{7}$/);
    expect(key).not.toBe(caseKey(dvCase));
    const assessment = assessmentOf('administrative_processing', [['dv_deadline', '2026-09-30']]);
    const a = build(noDate, assessment);
    const b = build({ ...noDate, ceacHistory: [...noDate.ceacHistory, { seenOn: '2026-04-01', status: 'Administrative Processing' }] }, assessment, '2026-04-20');
    expect(a.cal.events.map((e) => e.uid)).toEqual([`dv_deadline-${key}@refusal-explainer`]);
    expect(b.cal.events.map((e) => e.uid)).toEqual(a.cal.events.map((e) => e.uid));
    expect(formatProblems(a.ics)).toEqual([]);
    // The same for a class with a petition when the file has none, and for an immigrant without a date.
    expect(caseKey({ ...apCase, application: { kind: 'interview' } })).toBe('0halj6o'); // as version 1: "|H-1B|interview"
  });

  it('keeps identifiers out of the UIDs', () => {
    for (const [, cf, a] of CASES) {
      const { cal } = build({ ...cf, application: { ...cf.application, post: 'Chennai' } }, a());
      for (const e of cal.events) expect(e.uid).not.toMatch(/chennai|accra|manila|2025|2026|H-1B|F-1|J-1|K-1|IR-CR|DV-/i);
    }
  });

  it('never reads the clock: the output is the same at any time of day', () => {
    const first = build(dvCase, dvAssessment()).ics;
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-04T23:59:59Z'));
    expect(build(dvCase, dvAssessment()).ics).toBe(first);
  });

  it('ends every line with CRLF and folds lines at 75 octets, even with multi-byte text', () => {
    const wide = `https://example.org/r/#${'é'.repeat(60)}${'😀'.repeat(25)}`;
    for (const ics of [
      build(apCase, apAssessment()).ics,
      build(documentsCase, documentsAssessment(), AS_OF, LINK).ics,
      build(apCase, apAssessment(), AS_OF, wide).ics,
      build(kCase, kAssessment(), AS_OF, wide).ics,
    ]) {
      expect(formatProblems(ics)).toEqual([]);
      expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // long lines were folded
    }
    expect(parseCalendar(build(apCase, apAssessment(), AS_OF, wide).ics).events[0]!.url).toBe(wide);
  });

  it('includes the link to the case only when given', () => {
    const without = build(documentsCase, documentsAssessment());
    expect(without.ics).not.toMatch(/^URL[:;]/m);
    for (const e of without.cal.events) {
      expect(e.url).toBeUndefined();
      expect(e.description).not.toMatch(/https?:/);
    }
    const withLink = build(documentsCase, documentsAssessment(), AS_OF, LINK);
    for (const e of withLink.cal.events) {
      expect(e.url).toBe(LINK);
      expect(e.description).toContain(LINK);
    }
  });

  it('makes a valid, empty calendar when there are no milestones', () => {
    const { assessment, ics, cal } = build(finalCase, finalAssessment());
    expect(assessment.milestones).toEqual([]);
    expect(cal.calendars).toBe(1);
    expect(cal.events).toEqual([]);
    expect(formatProblems(ics)).toEqual([]);
  });

  it('does not shift all-day dates in any time zone', () => {
    const saved = process.env.TZ;
    const references = CASES.map(([, cf, a]) => build(cf, a()).ics);
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Honolulu', 'America/St_Johns', 'Asia/Kathmandu', 'UTC']) {
        process.env.TZ = tz;
        CASES.forEach(([name, cf, a], i) => {
          const built = build(cf, a());
          expect(built.ics, `${name} in ${tz}`).toBe(references[i]);
          expect(built.cal.events.map((e) => e.start)).toEqual(a().milestones.map((m) => m.date));
        });
        expect(build(dvCase, dvAssessment()).cal.events.map((e) => e.start)).toEqual(['2026-09-12', '2026-09-30']);
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

describe('the event texts', () => {
  const texts = (cf: CaseFile, a: Assessment) => {
    const { cal } = build(cf, a);
    return (kind: MilestoneKind) => {
      const e = eventOf(cal.events, kind)!;
      expect(e, kind).toBeDefined();
      return { summary: e.summary, description: e.description };
    };
  };

  it('never promise a duration, never call "Refused" a denial, and no longer speak of day 60', () => {
    for (const [name, cf, a] of CASES) {
      const { ics, cal } = build(cf, a());
      for (const e of cal.events) {
        const all = `${e.summary}\n${e.description}\n${e.alarms.map((x) => x.description).join('\n')}`;
        expect(all, name).not.toMatch(/\bwill (be|finish|end|take|come|arrive)\b|guarantee|within about|most cases (finish|end)|usually (ends|finishes|takes)/i);
        expect(all, name).not.toMatch(/refused means denied|means (it was|you were|your visa was) denied/i);
        expect(all, name).not.toMatch(/\bday 60\b|\b60 days\b|ap_typical|typical/i);
      }
      expect(ics).not.toMatch(/ap_typical/);
    }
  });

  it('documents_due: send before this day, keep proof; what happens after depends on the class', () => {
    const t = texts(documentsCase, documentsAssessment())('documents_due');
    expect(t.description).toMatch(/^Last day to send what the refusal letter asked for: 27 Feb 2027\./);
    expect(t.description).toMatch(/before this day/);
    expect(t.description).toMatch(/keep proof/);
    expect(t.description).toMatch(/earlier of the interview date and the letter date/);
    expect(t.description).toMatch(/new application and fee/);
    const iv = texts(immigrantCase, immigrantAssessment())('documents_due');
    expect(iv.description).toMatch(/registration can be terminated \(22 CFR 42\.83\(b\)\)/);
    expect(iv.description).not.toMatch(/new application and fee/);
  });

  it('reinstatement_ends: the last day to ask the consulate, if the delay was beyond your control (22 CFR 42.83(c))', () => {
    const t = texts(immigrantCase, immigrantAssessment())('reinstatement_ends');
    expect(t.description).toMatch(/^Last day to ask the consulate to reinstate your immigrant visa registration: 21 Jan 2027\./);
    expect(t.description).toMatch(/beyond your control \(22 CFR 42\.83\(c\)\)/);
  });

  it('inquiry_after: many posts ask not to inquire before this day unless urgent; posts differ', () => {
    const t = texts(apCase, apAssessment())('inquiry_after');
    expect(t.description).toMatch(/^Day 180 of administrative processing, counted from 10 Mar 2026/);
    expect(t.description).toMatch(/Many posts ask applicants not to inquire about administrative processing before this day, unless/);
    expect(t.description).toMatch(/Posts differ/);
    expect(t.description).toMatch(/not a date by which the case ends/);
    expect(t.description).toMatch(/official contact page/);
  });

  it('inquiry_after: a hard date on or before it comes first, and the text says not to wait', () => {
    const student = texts(studentCase, studentAssessment())('inquiry_after');
    expect(student.description).toMatch(/17 Aug 2026, when your program starts, comes first: do not wait for this day\./);
    expect(student.description).toMatch(/Contact the post and your school’s designated school official \(DSO\) before 17 Aug 2026\./);
    const k = texts(kCase, kAssessment())('inquiry_after');
    expect(k.description).toMatch(/15 Jul 2026, when the I-129F petition’s validity ends, comes first/);
    const dvFirst = assessmentOf('administrative_processing', [['inquiry_after', '2026-09-30'], ['dv_deadline', '2026-09-30']]);
    expect(texts(dvCase, dvFirst)('inquiry_after').description).toMatch(/30 Sep 2026, when the last day a DV-2026 visa can be issued, comes first/);
    // A petition end date after day 180 does not change the text; nor does a hard date already passed.
    expect(texts(apCase, apAssessment())('inquiry_after').description).not.toMatch(/comes first/);
    const passed = assessmentOf('administrative_processing', [['program_start', '2026-04-01'], ['inquiry_after', '2026-09-28']]);
    expect(texts(studentCase, passed)('inquiry_after').description).not.toMatch(/comes first/);
  });

  it('petition_expires: the I-797 end date, or for K the I-129F validity', () => {
    const h = texts(apCase, apAssessment())('petition_expires');
    expect(h.summary).toBe('Visa case: petition (I-797) end date');
    expect(h.description).toMatch(/^The end date of the petition approval \(I-797\): 30 Sep 2027\./);
    const k = texts(kCase, kAssessment())('petition_expires');
    expect(k.summary).toBe('Visa case: fiancé(e) petition (I-129F) validity ends');
    expect(k.description).toMatch(/^The end of the I-129F petition’s validity: 15 Jul 2026\./);
  });

  it('dv_deadline: no diversity visa after 30 September, even if processing is pending; numbers can run out earlier', () => {
    const t = texts(dvCase, dvAssessment())('dv_deadline');
    expect(t.summary).toBe('Last day a DV-2026 visa can be issued: 30 September');
    expect(t.description).toMatch(/^Last day a DV-2026 visa can be issued: 30 Sep 2026\./);
    expect(t.description).toMatch(/No diversity visa can be issued after this day, even if administrative processing is still pending/);
    expect(t.description).toMatch(/Visa numbers can also run out before it/);
  });

  it('program_start: the I-20 and the DSO for F and M, the DS-2019 and the responsible officer for J', () => {
    const f = texts(studentCase, studentAssessment())('program_start');
    expect(f.summary).toBe('Visa case: program start on your I-20');
    expect(f.description).toMatch(/^Your program start date on your I-20: 17 Aug 2026\./);
    expect(f.description).toMatch(/school’s designated school official \(DSO\).*deferring/);
    const j = texts(exchangeCase, exchangeAssessment())('program_start');
    expect(j.summary).toBe('Visa case: program start on your DS-2019');
    expect(j.description).toMatch(/sponsor’s responsible officer/);
    expect(j.description).not.toMatch(/DSO|I-20/);
  });

  it('program_start: do not wait, contact the post before the day', () => {
    const f = texts(studentCase, studentAssessment())('program_start');
    expect(f.description).toMatch(/do not wait: contact the post before this day, say when your program starts/);
  });

  it('petition_expires for a petition sent back to USCIS: it is with USCIS, not with the post', () => {
    const returned: CaseFile = { ...kCase, petition: { ...kCase.petition!, status: 'returned_to_uscis' } };
    const d = texts(returned, assessmentOf('temporary_refusal', [['petition_expires', '2026-07-15']]))('petition_expires').description;
    expect(d).toMatch(/^The petition’s end date: 15 Jul 2026\./);
    expect(d).toMatch(/with USCIS now, not with the post: ask an immigration attorney what this date means/);
    expect(d).not.toMatch(/validity can be extended/);
  });

  it('documents_due of a diversity visa capped at the DV deadline: the summary says send now, not "last day to send"', () => {
    const capped = texts(dvCase, assessmentOf('temporary_refusal', [['documents_due', '2026-09-30'], ['dv_deadline', '2026-09-30']]))('documents_due');
    expect(capped.summary).toBe('Visa case: diversity visa deadline, send what the letter asked for now');
    const yearOut = texts(documentsCase, assessmentOf('temporary_refusal', [['documents_due', '2026-09-30']]))('documents_due');
    expect(yearOut.summary).toBe('Visa case: last day to send what the letter asked for');
  });

  it('dv_deadline that has passed: says so, and never "contact the post well before"', () => {
    const over = assessmentOf('final_refusal', [['dv_deadline', '2025-09-30']]);
    const d = texts(dvCase, over)('dv_deadline').description;
    expect(d).toMatch(/could be issued: 30 Sep 2025\. This day has passed\./);
    expect(d).not.toMatch(/well before this day/);
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
