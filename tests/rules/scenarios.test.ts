/**
 * Scenario tables for the classification policy of contract version 2 (/work/shared/spec/case-file.md,
 * mirrored in docs/), written as data in scenarios.json. Every expected value was worked out from the
 * spec, not from the code: a failure here means either the table or the rules module disagrees with the
 * spec. The first 112 scenarios are the version 1 table, their case files unchanged (version 1 files are
 * valid input, read as version 2 with `requests: []` when a refusal has none) and their expectations
 * re-derived under version 2; the rest are version 2 case files.
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
    /** Fields `missing` must name (the spec says "at least": others may be named too). */
    missing?: string[];
    /** Fields `missing` must not name (a fact that was given, even with a future date). */
    notMissing?: string[];
    /** The exact number of warnings `assess` gives. */
    warningsCount?: number;
    /** A lower bound, where the spec does not fix how many warnings one fact gives. */
    warningsAtLeast?: number;
    warningIncludes?: string[];
    /** The exact number of warnings `parseCaseFile` gives (dropped fields). */
    parseWarningsCount?: number;
    /** The ids of `nextSteps`, exactly and in order. */
    nextSteps: string[];
    /** Steps' due dates, by step id (`null`: the step has none; a "not before" day is never a due date). */
    stepDue?: Record<string, string | null>;
    /** Words a step's text must contain, by step id. */
    stepSays?: Record<string, string>;
    /** A step's sources, exactly, by step id. */
    stepSources?: Record<string, string[]>;
    /** Whether `decides` is present: exactly when confidence is low. */
    decides?: boolean;
    /** Which definition edges or warnings the scenario exercises (checked for coverage below). */
    tags?: string[];
  };
}

const SCENARIOS = scenarios as unknown as Scenario[];

/** The rule ids of contract version 2, in policy order. */
const RULE_IDS = [
  'R1', 'R1b', 'R2', 'R3', 'R3d', 'R4', 'R5', 'R5b', 'R6', 'R6b', 'R7', 'R8b', 'R8', 'R9', 'R10a', 'R10', 'R11',
  'R10b', 'R12', 'R13',
];
const MILESTONE_KINDS = [
  'documents_due', 'reinstatement_ends', 'inquiry_after', 'petition_expires', 'dv_deadline', 'program_start',
];
const CONFIDENCES = ['high', 'medium', 'low'];
const VERDICTS = ['administrative_processing', 'temporary_refusal', 'final_refusal', 'visa_approved', 'no_decision_yet'];

/** Every next-step id the catalogue knows. */
const NEXT_STEP_IDS = [
  'dv-year-needed', 'dv-deadline', 'read-letter',
  'wait-for-passport', 'check-visa', 'wait-for-issued',
  'check-214b-letter', 'new-application', 'ask-school-before-reapplying', 'ask-about-i601', 'ask-about-waiver', 'ask-about-212e-waiver',
  'check-proclamation', 'apply-home-country', 'ask-reconsideration',
  'appeal-revocation', 'new-petition', 'dv-ended',
  'send-now', 'ask-reinstatement', 'new-application-after-year', 'check-with-post',
  'send-passport', 'send-requested', 'ds5535-complete', 'make-profiles-public', 'record-response',
  'strengthen-support', 'answer-noir', 'k-returned-options', 'ask-about-petition', 'h1b-new-petition-payment',
  'ask-nvc', 'book-interview', 'have-letter-read', 'send-what-officer-asked',
  'check-again', 'enter-status',
  'wait-for-processing', 'contact-before-hard-date', 'find-letter-first', 'inquire-after', 'passport-ready',
  'ask-about-deferral', 'watch-petition-end', 'disclose-refusal',
];

/**
 * Applicant groups for coverage, from the spec's "Groups used below". Classes outside these groups
 * (E, TN, H-1B1, C-1/D, I, `other`, IV-other) are tested too but not part of the coverage matrix.
 */
type Group =
  | 'visitor' | 'student' | 'exchange' | 'k' | 'immigrant_family' | 'immigrant_employment' | 'dv' | 'petition_niv';
const GROUP_CLASSES: Record<Group, string[]> = {
  visitor: ['B-1', 'B-2', 'B-1/B-2'],
  student: ['F-1', 'F-2', 'M-1', 'M-2'],
  exchange: ['J-1', 'J-2'],
  k: ['K-1', 'K-2'],
  immigrant_family: ['IR-CR', 'F-pref'],
  immigrant_employment: ['EB'],
  dv: ['DV'],
  petition_niv: [
    'H-1B', 'H-4', 'L-1A', 'L-1B', 'L-2', 'O-1', 'O-2', 'O-3', 'P-1', 'P-2', 'P-3', 'P-4', 'H-2A', 'H-2B', 'H-3',
    'Q-1', 'R-1', 'R-2',
  ],
};
const ALL_GROUPS = Object.keys(GROUP_CLASSES) as Group[];
const groupOf = (visaClass: string): Group | undefined =>
  ALL_GROUPS.find((g) => GROUP_CLASSES[g].includes(visaClass));

/**
 * The (rule, group) pairs the spec allows. A rule not listed here can decide for every group.
 * - R3 and R6 read `petition`, which exists only for the I-129 classes, K and the immigrant classes
 *   with a petition (it is dropped for visitors, students, exchange visitors and DV).
 * - R3d is DV only. R5b is for immigrant and K classes only.
 * - R6b needs "At NVC", a status of the immigrant-visa page (immigrants and K).
 * - R11 is for other NIV classes only (no petition): visitors, students, exchange visitors.
 */
const RULE_GROUPS: Partial<Record<string, Group[]>> = {
  R3: ['petition_niv', 'k', 'immigrant_family', 'immigrant_employment'],
  R3d: ['dv'],
  R5b: ['k', 'immigrant_family', 'immigrant_employment', 'dv'],
  R6: ['petition_niv', 'k', 'immigrant_family', 'immigrant_employment'],
  R6b: ['k', 'immigrant_family', 'immigrant_employment', 'dv'],
  R11: ['visitor', 'student', 'exchange'],
};

/** Definition edges and warnings the table must exercise (see the scenario tags). */
const REQUIRED_TAGS = [
  // closure date, clock start, later activity
  'closure-day-of', 'closure-day-after', 'clock-start-earlier', 'later-activity', 'later-activity-on-closure',
  'later-activity-no-lastUpdated', 'later-activity-future-lastUpdated', 'responded-between-due-and-closure',
  'leap-day-due', 'reinstatement-from-application',
  // DV year, deadline and cap
  'dv-plausible', 'dv-plausible-oct1-boundary', 'dv-implausible', 'dv-implausible-sep30-boundary', 'dv-refusal-after-year',
  'dv-implausible-no-cap', 'dv-inferred', 'dv-inferred-oct1', 'dv-inferred-sep30', 'dv-due-capped', 'dv-inquiry-dropped',
  'dv-inquiry-on-deadline', 'r3d-oct1', 'r3d-not-on-deadline', 'r1b-dv-after-deadline', 'r1b-dv-on-deadline',
  'r3d-inferred-approved', 'no-reinstatement-dv', 'dv-no-dates', 'dv-no-year',
  // requests
  'requests-absent', 'requests-empty', 'v1-requests-empty', 'v1-with-v2-values', 'passport-request', 'all-document-requests',
  // hard dates before waiting
  'hard-date-petition', 'hard-date-petition-equal', 'hard-date-petition-after', 'hard-date-program', 'hard-date-dv',
  // reinstatement
  'reinstatement-immigrant', 'reinstatement-passed',
  // grounds and confidences
  '212a4-immigrant', '212a4-k', '212a4-visitor', '214b-k1', '214b-exempt', '212e-barred', 'immigrant-r2-medium',
  'immigrant-r2-212a3-high', 'dv-r2-high', 'r6-k-low', 'r6b', 'r6b-needs-refused', 'r10a', 'r10-221g-unsure',
  'r10-221g-kept', 'r11-not-k', 'r11-not-immigrant', 'shows-refused-future-history', 'ignored-ground-not-disclosed',
  // passed is date < asOf
  'passed-on-asof', 'program-start-passed', 'dv-deadline-passed',
  // warnings
  'warn-future-fact', 'warn-future-refusedOn', 'warn-future-lastUpdated', 'warn-future-application-date',
  'warn-responded-before-clock', 'warn-lastUpdated-after-seen', 'warn-ignored-ground', 'warn-212e-other',
  'warn-dv-implausible', 'warn-issued-revoked', 'warn-approved-revoked',
  // dropped fields
  'drop-petition-b2', 'drop-program-h1b', 'drop-dv-ircr', 'drop-before-content-check',
];

const byKindThenDate = (a: ExpectedMilestone, b: ExpectedMilestone): number =>
  a.kind === b.kind ? a.date.localeCompare(b.date) : a.kind.localeCompare(b.kind);

function sortedMilestones(list: readonly ExpectedMilestone[]): ExpectedMilestone[] {
  return list.map((m) => ({ kind: m.kind, date: m.date, passed: m.passed })).sort(byKindThenDate);
}

const classOf = (s: Scenario): string => (s.caseFile as { visaClass: string }).visaClass;

describe('scenario table: the data itself', () => {
  it('has at least 230 scenarios, each with a unique name', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(230);
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

  it('covers every (rule, group) pair the spec allows, and no pair it rules out', () => {
    const seen = new Set(SCENARIOS.map((s) => `${s.expected.rule} ${groupOf(classOf(s)) ?? '-'}`));
    const absent: string[] = [];
    for (const rule of RULE_IDS) {
      for (const group of RULE_GROUPS[rule] ?? ALL_GROUPS) {
        if (!seen.has(`${rule} ${group}`)) absent.push(`${rule} ${group}`);
      }
    }
    expect(absent, 'pairs without a scenario').toEqual([]);
    for (const s of SCENARIOS) {
      const group = groupOf(classOf(s));
      const allowed = RULE_GROUPS[s.expected.rule];
      if (group && allowed) expect(allowed, `${s.name}: ${s.expected.rule} for ${group}`).toContain(group);
    }
  });

  it('has every milestone kind both passed and not passed', () => {
    const all = SCENARIOS.flatMap((s) => s.expected.milestones);
    for (const k of MILESTONE_KINDS) {
      expect(all.some((m) => m.kind === k && m.passed), `${k} passed`).toBe(true);
      expect(all.some((m) => m.kind === k && !m.passed), `${k} not passed`).toBe(true);
    }
  });

  it('exercises every definition edge and every warning of the spec (by tag)', () => {
    const tags = new Set(SCENARIOS.flatMap((s) => s.expected.tags ?? []));
    const absent = REQUIRED_TAGS.filter((t) => !tags.has(t));
    expect(absent, 'tags without a scenario').toEqual([]);
    for (const t of tags) expect(REQUIRED_TAGS, `unknown tag ${t}`).toContain(t);
  });

  it('uses only known ids, well-formed dates, passed = date < asOf, and next steps on every scenario', () => {
    for (const s of SCENARIOS) {
      expect(RULE_IDS, s.name).toContain(s.expected.rule);
      expect(CONFIDENCES, s.name).toContain(s.expected.confidence);
      expect(VERDICTS, s.name).toContain(s.expected.verdict);
      expect(s.asOf, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const m of s.expected.milestones) {
        expect(MILESTONE_KINDS, s.name).toContain(m.kind);
        expect(m.date, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // passed is date < asOf: on the day itself the milestone is not yet passed
        expect(m.passed, `${s.name}: ${m.kind}`).toBe(m.date < s.asOf);
      }
      for (const v of Object.values(s.expected.counters)) expect(v, s.name).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(s.expected.nextSteps), `${s.name}: nextSteps`).toBe(true);
      for (const id of s.expected.nextSteps) expect(NEXT_STEP_IDS, s.name).toContain(id);
      if (s.expected.decides !== undefined) {
        expect(s.expected.decides, `${s.name}: decides exactly when confidence is low`)
          .toBe(s.expected.confidence === 'low');
      }
    }
  });
});

describe('scenario table: assess agrees with the spec', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const parsed = parseCaseFile(s.caseFile);
    if (!parsed.ok) {
      throw new Error(`case file did not parse: ${JSON.stringify(parsed.errors)}`);
    }
    const e = s.expected;
    if (e.parseWarningsCount !== undefined) {
      expect(parsed.warnings, 'parse warnings').toHaveLength(e.parseWarningsCount);
    }
    const a = assess(parsed.caseFile, s.asOf);

    expect.soft(a.verdict, 'verdict').toBe(e.verdict);
    expect.soft(a.confidence, 'confidence').toBe(e.confidence);
    expect.soft(a.reasons[0]?.rule, 'reasons[0].rule').toBe(e.rule);
    expect.soft(sortedMilestones(a.milestones), 'milestones').toEqual(sortedMilestones(e.milestones));
    expect.soft(a.counters, 'counters').toEqual(e.counters);
    // toEqual treats an undefined-valued key as absent; the spec says omitted keys must be absent.
    for (const key of Object.keys(a.counters)) {
      expect.soft(Object.keys(e.counters), `counter ${key} should be absent`).toContain(key);
    }
    expect.soft(a.nextSteps.map((n) => n.id), 'nextSteps').toEqual(e.nextSteps);
    const stepOf = (id: string) => a.nextSteps.find((n) => n.id === id);
    for (const [id, due] of Object.entries(e.stepDue ?? {})) expect.soft(stepOf(id)?.due ?? null, `due of ${id}`).toBe(due);
    for (const [id, words] of Object.entries(e.stepSays ?? {})) expect.soft(stepOf(id)?.text ?? '', `text of ${id}`).toContain(words);
    for (const [id, ids] of Object.entries(e.stepSources ?? {})) expect.soft(stepOf(id)?.sources, `sources of ${id}`).toEqual(ids);

    const fields = a.missing.map((m) => m.field);
    for (const f of e.missing ?? []) expect.soft(fields, `missing should name ${f}`).toContain(f);
    for (const f of e.notMissing ?? []) expect.soft(fields, `missing should not name ${f}`).not.toContain(f);

    if (e.decides !== undefined) {
      if (e.decides) {
        expect.soft(typeof a.decides, 'decides (low confidence)').toBe('string');
        expect.soft((a.decides ?? '').trim().length, 'decides text').toBeGreaterThan(0);
      } else {
        expect.soft(a.decides, 'decides (not low confidence)').toBeUndefined();
      }
    }
    if (e.warningsCount !== undefined) {
      expect.soft(a.warnings, 'warnings').toHaveLength(e.warningsCount);
    }
    if (e.warningsAtLeast !== undefined) {
      expect.soft(a.warnings.length, 'warnings').toBeGreaterThanOrEqual(e.warningsAtLeast);
    }
    if (e.warningIncludes) {
      const all = a.warnings.join('\n').toLowerCase();
      for (const sub of e.warningIncludes) expect.soft(all, 'warnings text').toContain(sub.toLowerCase());
    }
    for (const w of a.warnings) expect.soft(w.trim().length, 'warning text').toBeGreaterThan(0);

    // Pure: the same input gives the same output.
    expect(assess(parsed.caseFile, s.asOf)).toEqual(a);
  });
});
