import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, formatDate, type CaseFile } from '../../src/rules';
import { buildTimeline, describeCounters } from '../../src/timeline/data';
import { layoutTimeline, wrap } from '../../src/timeline/layout';
import { caseFile as caseFileArb, isoDate } from '../rules/arbitraries';
import { apCase, AS_OF, documentsCase, finalCase } from '../calendar/fixtures';

const timeline = (cf: CaseFile, asOf = AS_OF) => buildTimeline(cf, assess(cf, asOf), asOf);

describe('buildTimeline', () => {
  it('puts the interview, each CEAC status, the documents, today and the milestones in date order', () => {
    const t = timeline(apCase);
    expect(t.events.map((e) => [e.date, e.kind])).toEqual([
      ['2026-03-02', 'application'],
      ['2026-03-02', 'status'],
      ['2026-03-09', 'status'],
      ['2026-03-10', 'response'],
      ['2026-03-20', 'status'],
      ['2026-04-18', 'today'],
      ['2026-05-09', 'milestone'],
      ['2026-09-06', 'milestone'],
      ['2027-09-30', 'milestone'],
    ]);
    expect(t.events[0]!.label).toBe('Interview');
    expect(t.events[0]!.detail).toBe('At Chennai.');
    expect(t.events[4]!.label).toBe('CEAC showed \u201cAdministrative Processing\u201d');
    expect(t.events[4]!.detail).toContain(formatDate('2026-03-18'));
    expect(t.events.filter((e) => e.kind === 'milestone').map((e) => [e.milestone, e.passed]))
      .toEqual([['ap_typical', false], ['inquiry_after', false], ['petition_expires', false]]);
    expect(t.range).toEqual({ from: '2026-03-02', to: '2027-09-30', days: 577 });
  });

  it('orders CEAC entries as the rules do: seen on, then last updated, then input order', () => {
    const cf: CaseFile = {
      ...finalCase,
      ceacHistory: [
        { seenOn: '2026-01-20', status: 'Refused', lastUpdated: '2026-01-19' },
        { seenOn: '2026-01-20', status: 'Application Received' },
        { seenOn: '2026-01-20', status: 'Administrative Processing', lastUpdated: '2026-01-19' },
        { seenOn: '2026-01-18', status: 'Ready' },
      ],
    };
    const statuses = timeline(cf).events.filter((e) => e.kind === 'status').map((e) => e.label);
    expect(statuses).toEqual([
      'CEAC showed \u201cReady\u201d',
      'CEAC showed \u201cApplication Received\u201d', // no lastUpdated sorts first ("" < any date)
      'CEAC showed \u201cRefused\u201d',
      'CEAC showed \u201cAdministrative Processing\u201d',
    ]);
  });

  it('leaves out facts dated after asOf', () => {
    const cf: CaseFile = {
      ...apCase,
      ceacHistory: [...apCase.ceacHistory, { seenOn: '2026-05-01', status: 'Issued' }],
      refusal: { ...apCase.refusal, respondedOn: '2026-04-30' },
    };
    const t = timeline(cf);
    expect(t.events.some((e) => e.label.includes('Issued'))).toBe(false);
    expect(t.events.some((e) => e.kind === 'response')).toBe(false);
    expect(t.events.filter((e) => e.kind !== 'milestone').every((e) => e.date <= AS_OF)).toBe(true);
    const early = timeline({ ...apCase, application: { ...apCase.application, date: '2026-06-01' } });
    expect(early.events.some((e) => e.kind === 'application')).toBe(false);
  });

  it('puts today after everything else on the same date, including a milestone that falls today', () => {
    const t = timeline(apCase, '2026-05-09');
    const onDay = t.events.filter((e) => e.date === '2026-05-09');
    expect(onDay.map((e) => e.kind)).toEqual(['milestone', 'today']);
    expect(onDay[0]!.passed).toBe(true);
    expect(t.events.findIndex((e) => e.kind === 'today')).toBe(6);
  });

  it('names a drop-off for an interview-waiver case', () => {
    expect(timeline(finalCase).events[0]).toMatchObject({ kind: 'application', label: expect.stringMatching(/dropped off/i) });
  });

  it('holds for any case file: sorted, one today, future only for milestones, same milestones as assess', () => {
    fc.assert(
      fc.property(caseFileArb, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        const t = buildTimeline(cf, a, asOf);
        const dates = t.events.map((e) => e.date);
        expect([...dates].sort()).toEqual(dates);
        expect(t.events.filter((e) => e.kind === 'today')).toEqual([expect.objectContaining({ date: asOf })]);
        expect(t.events.filter((e) => e.date > asOf).every((e) => e.kind === 'milestone' && !e.passed)).toBe(true);
        expect(t.events.filter((e) => e.kind === 'milestone').map((e) => [e.milestone, e.date]))
          .toEqual(a.milestones.map((m) => [m.kind, m.date]));
        expect(t.range.from).toBe(dates[0]);
        expect(t.range.to).toBe(dates[dates.length - 1]);
        expect(t.range.days).toBeGreaterThanOrEqual(0);
        const rows = layoutTimeline(t.events).rows;
        rows.forEach((r, i) => {
          if (i > 0) expect(r.y).toBeGreaterThanOrEqual(rows[i - 1]!.y + rows[i - 1]!.height);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeCounters', () => {
  it('counts administrative processing from the later of interview and documents, with the 60-day caveat', () => {
    const a = assess(apCase, AS_OF);
    expect(a.counters).toEqual({ daysSinceApplication: 47, daysSinceResponse: 39, daysSinceLastChange: 31 });
    expect(describeCounters(a, { caseFile: apCase, asOf: AS_OF })).toEqual([
      'Day 39 of administrative processing (counted from the day you sent the documents); many posts have said most cases finish by day 60 \u2014 not a promise.',
      '47 days since the interview.',
      '31 days since the CEAC status last changed.',
      '530 days until the petition (I-797) ends on 30 Sep 2027.',
    ]);
  });

  it('counts from the interview when no documents were sent', () => {
    const cf: CaseFile = { ...apCase, refusal: { grounds: ['221g'] } };
    const [first] = describeCounters(assess(cf, AS_OF), { caseFile: cf });
    expect(first).toBe('Day 47 of administrative processing (counted from the interview); many posts have said most cases finish by day 60 \u2014 not a promise.');
  });

  it('adapts after day 60 and after day 180', () => {
    const cf: CaseFile = { ...apCase, refusal: { grounds: ['221g'] } };
    expect(describeCounters(assess(cf, '2026-05-20'), { caseFile: cf })[0]).toMatch(/^Day 79 .*many take longer\. Many posts accept questions after day 180\.$/);
    expect(describeCounters(assess(cf, '2026-09-10'), { caseFile: cf })[0]).toMatch(/^Day 192 .*you can now ask the post\.$/);
  });

  it('counts down to the documents deadline for a temporary refusal', () => {
    const a = assess(documentsCase, AS_OF);
    expect(a.verdict).toBe('temporary_refusal');
    const lines = describeCounters(a, { caseFile: documentsCase, asOf: AS_OF });
    expect(lines[0]).toBe('315 days left to send what the letter asked for: the last day is 27 Feb 2027.');
    expect(lines).toContain('50 days since the interview.');
    expect(lines.some((l) => /administrative processing/.test(l))).toBe(false);
  });

  it('handles missing values and today', () => {
    expect(describeCounters({ ...assess(finalCase, AS_OF), counters: {} })).toEqual([]);
    const today = assess({ ...apCase, refusal: { grounds: ['221g'] } }, '2026-03-02');
    const lines = describeCounters(today);
    expect(lines[0]).toMatch(/^Day 0 of administrative processing \(counted from the interview or drop-off\)/);
    expect(lines).toContain('The CEAC status last changed today.');
    expect(describeCounters(assess(finalCase, AS_OF), { caseFile: finalCase })).toContain('93 days since the drop-off.');
  });
});

describe('layout helpers', () => {
  it('wraps labels by words', () => {
    expect(wrap('Day 180: many posts ask you not to inquire before this', 24)).toEqual([
      'Day 180: many posts ask', 'you not to inquire', 'before this',
    ]);
  });

  it('gives passed, future and today events different markers', () => {
    const rows = layoutTimeline(timeline(apCase, '2026-05-09').events).rows;
    expect(rows.map((r) => r.marker)).toEqual([
      'happened', 'happened', 'happened', 'happened', 'happened',
      'milestone-passed', 'today', 'milestone-ahead', 'milestone-ahead',
    ]);
    expect(rows.map((r) => r.aheadAfter)).toEqual([false, false, false, false, false, false, true, true, false]);
    expect(rows[1]!.dateText).toBeUndefined(); // same date as the interview
  });
});
