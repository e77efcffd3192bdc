import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, GLOSSARY, isKnownSource, parseCaseFile, type CaseFile } from '../../src/rules';
import { caseFile, caseFileV1, isoDate } from './arbitraries';

const RUNS = { numRuns: 400 };

describe('assess: properties over generated case files', () => {
  it('never throws for any case file that parses, and always gives a verdict with a reason', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const parsed = parseCaseFile(cf);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const a = assess(parsed.caseFile, asOf);
        expect(a.reasons.length).toBeGreaterThan(0);
        expect(a.trace.filter((t) => t.decided)).toHaveLength(1);
        expect(a.trace.find((t) => t.decided)?.rule).toBe(a.reasons[0]!.rule);
      }),
      RUNS,
    );
  });

  it('reads every version 1 file as version 2, with its facts, and assesses it', () => {
    fc.assert(
      fc.property(caseFileV1, isoDate, (input, asOf) => {
        const parsed = parseCaseFile(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.caseFile.version).toBe(2);
        const refusal = input.refusal as { requests?: unknown } | undefined;
        const expected = refusal && refusal.requests === undefined ? { ...input, version: 2, refusal: { ...refusal, requests: [] } } : { ...input, version: 2 };
        expect(parsed.caseFile).toEqual(expected);
        expect(assess(parsed.caseFile, asOf).reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('a low-confidence verdict always says what would decide it; a surer one does not need to', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        if (a.confidence === 'low') expect(a.decides?.length ?? 0, `${a.reasons[0]!.rule} low without a deciding fact`).toBeGreaterThan(10);
        else expect(a.decides).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('hard dates come before waiting: no "wait 180 days" step when a hard date falls first', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        if (a.verdict !== 'administrative_processing') return;
        const inquiry = a.milestones.find((m) => m.kind === 'inquiry_after')?.date;
        const hard = a.milestones.filter((m) => ['petition_expires', 'program_start', 'dv_deadline'].includes(m.kind));
        const ids = a.nextSteps.map((s) => s.id);
        if (inquiry && hard.some((m) => m.date <= inquiry)) {
          expect(ids).not.toContain('inquire-after');
          expect(ids).toContain('contact-before-hard-date');
        }
      }),
      RUNS,
    );
  });

  it('caps every DV date at the DV deadline, and no DV visa is called approved after it', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        if (cf.visaClass !== 'DV') return;
        const a = assess(cf, asOf);
        const deadline = a.milestones.find((m) => m.kind === 'dv_deadline')?.date;
        if (!deadline) return;
        for (const m of a.milestones) expect(m.date <= deadline, `${m.kind} ${m.date} after ${deadline}`).toBe(true);
        if (asOf > deadline) expect(a.verdict).toBe('final_refusal');
      }),
      RUNS,
    );
  });

  it('every reason and next step cites at least one known source', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        for (const item of [...a.reasons, ...a.nextSteps]) {
          expect(item.sources.length).toBeGreaterThan(0);
          for (const id of item.sources) expect(isKnownSource(id), `unknown source ${id}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of history entries with distinct dates', () => {
    const distinct = caseFile.chain((cf) => {
      const seen = new Set<string>();
      const history = cf.ceacHistory.filter((e) => !seen.has(e.seenOn) && (seen.add(e.seenOn), true));
      const withHistory: CaseFile = { ...cf, ceacHistory: history };
      return fc.tuple(fc.constant(withHistory), fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }));
    });
    fc.assert(
      fc.property(distinct, isoDate, ([cf, shuffled], asOf) => {
        const a = assess(cf, asOf);
        const b = assess({ ...cf, ceacHistory: shuffled }, asOf);
        expect(b.verdict).toBe(a.verdict);
        expect(b.confidence).toBe(a.confidence);
        expect(b.milestones).toEqual(a.milestones);
        expect(b.counters).toEqual(a.counters);
        expect(b.reasons).toEqual(a.reasons);
      }),
      RUNS,
    );
  });

  it('is pure: the same input gives the same output, and the input is not changed', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const before = JSON.stringify(cf);
        const a = assess(cf, asOf);
        expect(JSON.stringify(cf)).toBe(before);
        expect(assess(cf, asOf)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('marks a milestone passed exactly when its day is over (date before asOf), and keeps counters non-negative', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        for (const m of a.milestones) expect(m.passed).toBe(m.date < asOf);
        for (const n of Object.values(a.counters)) expect(n).toBeGreaterThanOrEqual(0);
        if (a.verdict === 'visa_approved') expect(a.milestones.map((m) => m.kind)).not.toContain('petition_expires');
      }),
      RUNS,
    );
  });

  it('leaves out history seen after asOf: adding a future entry changes nothing but the warnings', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const future = { seenOn: '2031-01-01', status: 'Issued' as const };
        const a = assess(cf, asOf);
        const b = assess({ ...cf, ceacHistory: [...cf.ceacHistory, future] }, asOf);
        expect(b.verdict).toBe(a.verdict);
        expect(b.milestones).toEqual(a.milestones);
        expect(b.warnings.length).toBe(a.warnings.length + 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('trust: what the texts never claim', () => {
  const BANNED: Array<[RegExp, string]> = [
    [/(?<!not |never |does not |doesn't )mean(s)? (it was |the visa was |you were )?denied/i, 'says a status means denied'],
    [/(?<!not |never )\b(guarantees?|guaranteed|definitely|certainly)\b/i, 'promises an outcome'],
    [/\bwithin \d+ (?!working days)\w+/i, 'promises a duration'],
    [/(?<!no |have no )official meaning/i, 'treats slip colours as official'],
    [/\busually (be )?(fixed|fixable)\b/i, 'calls a refusal usually fixable'],
    [/\b(will|should) (be )?(issued|approved|finish(ed)?|clear(ed)?) (by|within|in)\b/i, 'promises when a case ends'],
    [/\bday 60\b|\b60 days\b/i, 'repeats the retired day-60 figure'],
  ];
  const check = (text: string) => {
    for (const [re, why] of BANNED) expect(re.test(text), `${why}: ${text}`).toBe(false);
  };

  it('no reason, next step or warning claims a denial, an outcome or a duration', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        for (const t of [...a.reasons.map((r) => r.text), ...a.nextSteps.map((s) => s.text), ...a.warnings, ...a.missing.map((m) => m.why), a.decides ?? '']) check(t);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('"Refused" alone is never read as final: with no section known, no letter, no officer answer, the answer is not final', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const bare: CaseFile = {
          ...cf, application: { kind: cf.application.kind, ...(cf.application.date ? { date: cf.application.date } : {}) },
          ceacHistory: [{ seenOn: asOf, status: 'Refused' }],
        };
        delete bare.refusal;
        if (bare.petition) bare.petition = { status: 'approved' };
        const a = assess(bare, asOf);
        if (a.reasons[0]!.rule !== 'R3d') expect(a.verdict).not.toBe('final_refusal');
      }),
      RUNS,
    );
  });

  it('every final refusal either rests on a section, a revoked petition or the DV deadline, or is low with what decides it', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        if (a.verdict !== 'final_refusal') return;
        if (a.confidence === 'low') expect(a.decides).toBeTruthy();
        expect(['R2', 'R3', 'R3d', 'R4', 'R11']).toContain(a.reasons[0]!.rule);
      }),
      RUNS,
    );
  });

  it('the glossary does not either, and the checks catch what they should', () => {
    for (const g of GLOSSARY) [g.means, g.doesNotMean].forEach(check);
    expect(BANNED[0]![0].test('Refused means denied')).toBe(true);
    expect(BANNED[2]![0].test('most cases finish within 60 days')).toBe(true);
    expect(BANNED[3]![0].test('a pink slip has an official meaning')).toBe(true);
    expect(BANNED[4]![0].test('a refusal that can usually be fixed')).toBe(true);
    expect(BANNED[5]![0].test('the visa will be issued within weeks')).toBe(true);
    expect(BANNED[6]![0].test('most cases end by day 60')).toBe(true);
  });
});
