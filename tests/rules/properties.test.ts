import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, GLOSSARY, isKnownSource, parseCaseFile, type CaseFile } from '../../src/rules';
import { caseFile, isoDate } from './arbitraries';

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

  it('marks a milestone passed exactly when its date is on or before asOf, and keeps counters non-negative', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        for (const m of a.milestones) expect(m.passed).toBe(m.date <= asOf);
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
  ];
  const check = (text: string) => {
    for (const [re, why] of BANNED) expect(re.test(text), `${why}: ${text}`).toBe(false);
  };

  it('no reason, next step or warning claims a denial, an outcome or a duration', () => {
    fc.assert(
      fc.property(caseFile, isoDate, (cf, asOf) => {
        const a = assess(cf, asOf);
        for (const t of [...a.reasons.map((r) => r.text), ...a.nextSteps.map((s) => s.text), ...a.warnings, ...a.missing.map((m) => m.why)]) check(t);
      }),
      RUNS,
    );
  });

  it('the glossary does not either, and the checks catch what they should', () => {
    for (const g of GLOSSARY) [g.means, g.doesNotMean].forEach(check);
    expect(BANNED[0]![0].test('Refused means denied')).toBe(true);
    expect(BANNED[2]![0].test('most cases finish within 60 days')).toBe(true);
    expect(BANNED[3]![0].test('a pink slip has an official meaning')).toBe(true);
  });
});
