/**
 * `assess(caseFile, asOf)`: the verdict, why, what is missing, the dates, and what to do next.
 * `explain(caseFile, asOf)`: the same, with the message each text was written from, for a page in
 * another language (./message.ts).
 * Pure: it reads only its arguments (never the clock), and never throws for a parsed case file.
 *
 * It walks the policy table (./policy.ts) and the shared pieces (./outcomes.ts) and never names a
 * rule: what a rule adds is on its record. See docs/policy.md.
 */
import { compareDates, daysBetween } from './dates';
import { deriveFacts, type Facts } from './facts';
import { BY_VERDICT, CASE_STEPS, EXTRA_REASONS, FIRST_STEPS, MILESTONE_DATES, MISSING_FACTS, sectionSteps } from './outcomes';
import { POLICY, type PolicyRule } from './policy';
import { englishText, msg, type Msg } from './message';
import { written, type NextStepContext, type StepOut } from './steps';
import type { Assessment, CaseFile, Explained, Explanation, ISODate, Milestone, Reason, TraceEntry } from './types';

export function assess(caseFile: CaseFile, asOf: ISODate): Assessment {
  const { reasons, nextSteps, missing, warningMessages: _w, decidesMessage: _d, traceMessages: _t, ...rest } = explain(caseFile, asOf);
  const plain = <T extends Explained>({ message: _m, ...item }: T): Omit<T, 'message'> => item;
  return { ...rest, reasons: reasons.map(plain), nextSteps: nextSteps.map(plain), missing: missing.map(plain) };
}

// The trace's sentences for a rule that did not decide. Its condition (policy.ts) is a message of its
// own, written for its place: after "it applies when", or on its own in brackets.
const NOT_APPLIED = /*i18n*/ { id: 'rules.trace.notApplied', message: 'Not applied: it applies when {condition}' };
const ALSO_MATCHES = /*i18n*/ {
  id: 'rules.trace.alsoMatches', message: 'Also matches, but {rule} comes first in the policy. ({condition})',
};

export function explain(caseFile: CaseFile, asOf: ISODate): Explanation {
  const f = deriveFacts(caseFile, asOf);
  const matches = POLICY.map((rule) => ({ rule, matched: rule.when(f) }));
  const decided = (matches.find((m) => m.matched) ?? matches[matches.length - 1]!).rule;

  const traced = matches.map(({ rule, matched }) => {
    const because = written(!matched
      ? msg(NOT_APPLIED, { condition: rule.conditionMessage('afterWhen') })
      : rule === decided
        ? rule.reason(f)
        : msg(ALSO_MATCHES, { rule: decided.id, condition: rule.conditionMessage('alone') }));
    const entry: TraceEntry = { rule: rule.id, matched, decided: rule === decided, reads: rule.reads, because: because.text };
    return { entry, message: because.message };
  });
  const trace = traced.map((t) => t.entry);
  const traceMessages = traced.map((t) => t.message);

  const verdict = decided.verdict;
  const confidence = decided.confidence(f);
  const milestones = buildMilestones(f, decided);
  const warningMessages: Msg[] = [...f.warningMessages];
  if (verdict === 'visa_approved' && caseFile.petition?.status === 'revoked') {
    warningMessages.push(msg(/*i18n*/ {
      id: 'rules.warning.issuedOnRevokedPetition',
      message: 'CEAC shows the visa as approved or issued, but the petition is entered as revoked: a visa issued on a revoked petition can itself be revoked. Ask the petitioner or an attorney at once.',
    }));
  }
  const warnings = warningMessages.map(englishText);
  const decidedBy = confidence === 'low' ? decided.decidedBy?.(f) : undefined;
  const decides = decidedBy === undefined ? undefined : written(decidedBy);
  return {
    verdict,
    confidence,
    ...(decides ? { decides: decides.text } : {}),
    ...(decides?.message ? { decidesMessage: decides.message } : {}),
    reasons: [{ rule: decided.id, ...written(decided.reason(f)), sources: decided.sources(f) }, ...extraReasons(f, decided)],
    missing: buildMissing(f, decided),
    milestones,
    nextSteps: buildNextSteps(f, decided, milestones),
    counters: buildCounters(f),
    warnings,
    warningMessages,
    trace,
    traceMessages,
    latestStatus: f.latest?.status,
  };
}

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

function buildMissing(f: Facts, rule: PolicyRule): Explanation['missing'] {
  return MISSING_FACTS.filter((m) => m.when(f, rule)).map(({ field, why }) => {
    const w = written(why);
    return w.message ? { field, why: w.text, message: w.message } : { field, why: w.text };
  });
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
function extraReasons(f: Facts, rule: PolicyRule): Array<Reason & Explained> {
  return EXTRA_REASONS
    .filter((r) => r.applies(f, rule))
    .map((r) => ({ rule: r.id, ...written(r.text(f)), sources: [...(typeof r.sources === 'function' ? r.sources(f) : r.sources)] }));
}

/** A hard deadline first; then the deciding rule's steps, its verdict's, and the steps for every case. */
function buildNextSteps(f: Facts, rule: PolicyRule, milestones: Milestone[]): StepOut[] {
  const ctx: NextStepContext = { due: (kind) => milestones.find((m) => m.kind === kind)?.date };
  return [
    ...FIRST_STEPS.flatMap((s) => s(f, rule.verdict) ?? []),
    ...(rule.asksForSection ? sectionSteps() : []),
    ...(rule.nextSteps?.(f, ctx) ?? []),
    ...BY_VERDICT[rule.verdict].nextSteps(f, ctx),
    ...CASE_STEPS.flatMap((s) => s(f, rule.verdict) ?? []),
  ];
}
