/**
 * Scenario tables for the classification policy (docs/policy.md), written as data in
 * scenarios.json. Every expected value was worked out by hand from the spec, not from the code:
 * a failure here means either the table or the rules module disagrees with the spec.
 */
import { describe, expect, it } from 'vitest';
import { assess, parseCaseFile } from '../../src/rules';
import scenarios from './scenarios.json';

interface ExpectedMilestone {
  kind: string;
  date: string;
  passed: boolean;
}

interface Scenario {
  name: string;
  asOf: string;
  caseFile: unknown;
  expected: {
    verdict: string;
    confidence: string;
    rule: string;
    milestones: ExpectedMilestone[];
    counters: Record<string, number>;
    missing?: string[];
    warningsCount?: number;
    warningIncludes?: string[];
  };
}

const SCENARIOS = scenarios as unknown as Scenario[];

const RULE_IDS = ['R1', 'R1b', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R10b', 'R12', 'R13'];
const MILESTONE_KINDS = ['documents_due', 'ap_typical', 'inquiry_after', 'petition_expires'];
const CONFIDENCES = ['high', 'medium', 'low'];
const VERDICTS = ['administrative_processing', 'temporary_refusal', 'final_refusal', 'visa_approved', 'no_decision_yet'];

const byKindThenDate = (a: ExpectedMilestone, b: ExpectedMilestone): number =>
  a.kind === b.kind ? a.date.localeCompare(b.date) : a.kind.localeCompare(b.kind);

function sortedMilestones(list: readonly ExpectedMilestone[]): ExpectedMilestone[] {
  return list.map((m) => ({ kind: m.kind, date: m.date, passed: m.passed })).sort(byKindThenDate);
}

describe('scenario table: the data itself', () => {
  it('has at least 70 scenarios, each with a unique name', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(70);
    const names = SCENARIOS.map((s) => s.name);
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes).toEqual([]);
  });

  it('covers every rule id, every milestone kind, every confidence and every verdict', () => {
    const rules = new Set(SCENARIOS.map((s) => s.expected.rule));
    const kinds = new Set(SCENARIOS.flatMap((s) => s.expected.milestones.map((m) => m.kind)));
    const confidences = new Set(SCENARIOS.map((s) => s.expected.confidence));
    const verdicts = new Set(SCENARIOS.map((s) => s.expected.verdict));
    for (const id of RULE_IDS) expect(rules.has(id), `no scenario for rule ${id}`).toBe(true);
    for (const k of MILESTONE_KINDS) expect(kinds.has(k), `no scenario with milestone ${k}`).toBe(true);
    for (const c of CONFIDENCES) expect(confidences.has(c), `no scenario with confidence ${c}`).toBe(true);
    for (const v of VERDICTS) expect(verdicts.has(v), `no scenario with verdict ${v}`).toBe(true);
  });

  it('uses only known rule ids, milestone kinds, confidences and verdicts, and well-formed dates', () => {
    for (const s of SCENARIOS) {
      expect(RULE_IDS, s.name).toContain(s.expected.rule);
      expect(CONFIDENCES, s.name).toContain(s.expected.confidence);
      expect(VERDICTS, s.name).toContain(s.expected.verdict);
      expect(s.asOf, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const m of s.expected.milestones) {
        expect(MILESTONE_KINDS, s.name).toContain(m.kind);
        // passed is date <= asOf, by definition
        expect(m.passed, `${s.name}: ${m.kind}`).toBe(m.date <= s.asOf);
      }
      for (const v of Object.values(s.expected.counters)) expect(v, s.name).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('scenario table: assess agrees with the spec', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const parsed = parseCaseFile(s.caseFile);
    if (!parsed.ok) {
      throw new Error(`case file did not parse: ${JSON.stringify(parsed.errors)}`);
    }
    const a = assess(parsed.caseFile, s.asOf);
    const e = s.expected;

    expect(a.verdict, 'verdict').toBe(e.verdict);
    expect(a.confidence, 'confidence').toBe(e.confidence);
    expect(a.reasons[0]?.rule, 'reasons[0].rule').toBe(e.rule);
    expect(sortedMilestones(a.milestones), 'milestones').toEqual(sortedMilestones(e.milestones));
    expect(a.counters, 'counters').toEqual(e.counters);
    // toEqual treats an undefined-valued key as absent; the spec says omitted keys must be absent.
    for (const key of Object.keys(a.counters)) {
      expect(Object.keys(e.counters), `counter ${key} should be absent`).toContain(key);
    }

    if (e.missing) {
      const fields = a.missing.map((m) => m.field);
      for (const f of e.missing) expect(fields, `missing should name ${f}`).toContain(f);
    }
    if (e.warningsCount !== undefined) {
      expect(a.warnings, 'warnings').toHaveLength(e.warningsCount);
    }
    if (e.warningIncludes) {
      const all = a.warnings.join('\n').toLowerCase();
      for (const sub of e.warningIncludes) expect(all, 'warnings text').toContain(sub.toLowerCase());
    }
    for (const w of a.warnings) expect(w.trim().length, 'warning text').toBeGreaterThan(0);

    // Pure: the same input gives the same output.
    expect(assess(parsed.caseFile, s.asOf)).toEqual(a);
  });
});
