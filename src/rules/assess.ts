/**
 * `assess(caseFile, asOf)`: the verdict, why, what is missing, the dates, and what to do next.
 * Pure: it reads only its arguments (never the clock), and never throws for a parsed case file.
 *
 * It walks the policy table (./policy.ts) and the shared pieces (./outcomes.ts) and never names a
 * rule: what a rule adds is on its record. See docs/policy.md.
 */
import { compareDates, daysBetween } from './dates';
import { deriveFacts, type Facts } from './facts';
import { BY_VERDICT, CASE_STEPS, EXTRA_REASONS, FIRST_STEPS, MILESTONE_DATES, MISSING_FACTS, sectionSteps } from './outcomes';
import { POLICY, type PolicyRule } from './policy';
import type { NextStepContext } from './steps';
import type { Assessment, CaseFile, ISODate, Milestone, NextStep, Reason, TraceEntry } from './types';

export function assess(caseFile: CaseFile, asOf: ISODate): Assessment {
  const f = deriveFacts(caseFile, asOf);
  const matches = POLICY.map((rule) => ({ rule, matched: rule.when(f) }));
  const decided = (matches.find((m) => m.matched) ?? matches[matches.length - 1]!).rule;

  const trace: TraceEntry[] = matches.map(({ rule, matched }) => ({
    rule: rule.id,
    matched,
    decided: rule === decided,
    reads: rule.reads,
    because: !matched
      ? `Not applied: it applies when ${lowerFirst(rule.condition)}`
      : rule === decided
        ? rule.reason(f)
        : `Also matches, but ${decided.id} comes first in the policy. (${rule.condition})`,
  }));

  const verdict = decided.verdict;
  const confidence = decided.confidence(f);
  const milestones = buildMilestones(f, decided);
  const warnings = [...f.warnings];
  if (verdict === 'visa_approved' && caseFile.petition?.status === 'revoked') {
    warnings.push('CEAC shows the visa as approved or issued, but the petition is entered as revoked: a visa issued on a revoked petition can itself be revoked. Ask the petitioner or an attorney at once.');
  }
  const decides = confidence === 'low' ? decided.decidedBy?.(f) : undefined;
  return {
    verdict,
    confidence,
    ...(decides ? { decides } : {}),
    reasons: [{ rule: decided.id, text: decided.reason(f), sources: decided.sources(f) }, ...extraReasons(f, decided)],
    missing: buildMissing(f, decided),
    milestones,
    nextSteps: buildNextSteps(f, decided, milestones),
    counters: buildCounters(f),
    warnings,
    trace,
    latestStatus: f.latest?.status,
  };
}

const lowerFirst = (s: string): string => (s.startsWith('CEAC') || s.startsWith('USCIS') ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** The deciding rule's own milestones, then its verdict's, each when the facts give it a date; by date. */
function buildMilestones(f: Facts, rule: PolicyRule): Milestone[] {
  const out: Array<Omit<Milestone, 'passed'>> = [];
  for (const kind of new Set([...(rule.milestones ?? []), ...BY_VERDICT[rule.verdict].milestones])) {
    const date = MILESTONE_DATES[kind](f);
    if (date) out.push({ kind, date });
  }
  return out
    .map((m) => ({ ...m, passed: m.date < f.asOf }))
    .sort((a, b) => compareDates(a.date, b.date));
}

function buildMissing(f: Facts, rule: PolicyRule): Assessment['missing'] {
  return MISSING_FACTS.filter((m) => m.when(f, rule)).map(({ field, why }) => ({ field, why }));
}

function buildCounters(f: Facts): Assessment['counters'] {
  const counters: Assessment['counters'] = {};
  const put = (key: keyof Assessment['counters'], from: ISODate | undefined) => {
    if (!from) return;
    const n = daysBetween(from, f.asOf);
    if (n !== undefined && n >= 0) counters[key] = n;
  };
  put('daysSinceApplication', f.applicationDate);
  put('daysSinceResponse', f.respondedOn);
  const latest = f.latest;
  if (latest) {
    let i = f.history.length - 1;
    while (i > 0 && f.history[i - 1]!.status === latest.status) i -= 1;
    const first = f.history[i]!;
    put('daysSinceLastChange', first.lastUpdated ?? first.seenOn);
  }
  return counters;
}

/** Reasons after the deciding one: context that changes how to read the verdict. */
function extraReasons(f: Facts, rule: PolicyRule): Reason[] {
  return EXTRA_REASONS
    .filter((r) => r.applies(f, rule))
    .map((r) => ({ rule: r.id, text: r.text(f), sources: [...(typeof r.sources === 'function' ? r.sources(f) : r.sources)] }));
}

/** A hard deadline first; then the deciding rule's steps, its verdict's, and the steps for every case. */
function buildNextSteps(f: Facts, rule: PolicyRule, milestones: Milestone[]): NextStep[] {
  const ctx: NextStepContext = { due: (kind) => milestones.find((m) => m.kind === kind)?.date };
  return [
    ...FIRST_STEPS.flatMap((s) => s(f, rule.verdict) ?? []),
    ...(rule.asksForSection ? sectionSteps() : []),
    ...(rule.nextSteps?.(f, ctx) ?? []),
    ...BY_VERDICT[rule.verdict].nextSteps(f, ctx),
    ...CASE_STEPS.flatMap((s) => s(f, rule.verdict) ?? []),
  ];
}
