/**
 * The shared pieces of an assessment, the ones that do not belong to one rule (docs/policy.md):
 * what each verdict adds (milestones, next steps), the dates of the milestones, the steps for every
 * case, the extra reasons and the missing facts. They are keyed by verdict, by fact, or by the flags
 * a rule record sets in ./policy.ts, never by a rule's id.
 */
import { formatDate } from './dates';
import type { Facts } from './facts';
import { CASE_FIELDS, type CaseFieldPath } from './fields';
import { INQUIRY_AFTER_DAYS } from './parameters';
import type { PolicyRule } from './policy';
import { REFUSED_LABEL } from './refusedLabel';
import { step, stepsWhere, type NextStepContext } from './steps';
import type { ISODate, MilestoneKind, NextStep, Verdict } from './types';

/** The ids of the reasons after the deciding one (`Reason.rule`); they name context, not rules. */
export type ExtraReasonId = 'refused-label' | 'slip-colour' | 'petition-ended' | 'petition-ends-soon' | 'dropbox-context';

interface VerdictOutcome {
  /** The case can still go on, so the petition's end date matters (reasons and a step). */
  open: boolean;
  /** A refusal for now that can be overcome, so a petition status that is not known matters. */
  canBeOvercome: boolean;
  /** Milestones the verdict adds, after the deciding rule's own. */
  milestones: readonly MilestoneKind[];
  /** Steps the verdict adds, after the deciding rule's own. */
  nextSteps(f: Facts, ctx: NextStepContext): NextStep[];
}

export const BY_VERDICT: Readonly<Record<Verdict, VerdictOutcome>> = {
  administrative_processing: {
    open: true,
    canBeOvercome: true,
    milestones: ['ap_typical', 'inquiry_after', 'petition_expires'],
    nextSteps: processingSteps,
  },
  temporary_refusal: { open: true, canBeOvercome: true, milestones: ['petition_expires'], nextSteps: () => [] },
  final_refusal: { open: false, canBeOvercome: false, milestones: ['petition_expires'], nextSteps: () => [] },
  visa_approved: { open: false, canBeOvercome: false, milestones: [], nextSteps: () => [] },
  no_decision_yet: {
    open: true,
    canBeOvercome: false,
    milestones: ['petition_expires'],
    nextSteps: (f) => [
      f.latest
        ? step('check-again', 'Check CEAC again in a few days and add each new status you see.', ['ceac-status-page'])
        : step('enter-status',
          'Look up your case on the CEAC status page and enter what it shows, with the day you saw it.',
          ['ceac-status-page']),
    ],
  },
};

/** The date of each milestone, when the facts give one. */
export const MILESTONE_DATES: Readonly<Record<MilestoneKind, (f: Facts) => ISODate | undefined>> = {
  documents_due: (f) => f.dueDate,
  ap_typical: (f) => f.apTypicalDate,
  inquiry_after: (f) => f.inquiryDate,
  petition_expires: (f) => f.caseFile.petition.validUntil,
};

function processingSteps(f: Facts, ctx: NextStepContext): NextStep[] {
  const inquiry = ctx.due('inquiry_after');
  return stepsWhere(
    step('wait-for-processing',
      'Wait. Administrative processing has no fixed length, and no one can promise how long it will take. Check CEAC about once a week and add each status you see, with its "Case Last Updated" date.',
      ['dos-ap-page', 'post-ap-60d']),
    step('inquire-after',
      inquiry
        ? `Do not contact the post before ${formatDate(inquiry)} (${INQUIRY_AFTER_DAYS} days) unless your travel is urgent, for example a medical or family emergency. Some posts give a shorter window on their own pages.`
        : `Do not contact the post before ${INQUIRY_AFTER_DAYS} days have passed since the interview (or since you sent documents, if later) unless your travel is urgent. Some posts give a shorter window.`,
      ['post-inquiry-180d'], inquiry),
    f.caseFile.application.passport === 'returned' && step('passport-ready',
      'Keep your passport ready to send: posts that return it during processing ask for it back when the visa is ready.',
      ['9fam-306-2']),
  );
}

/** Steps for a case whose section is unknown (`asksForSection`), before the verdict's. */
export const sectionSteps = (): NextStep[] => [
  step('read-letter',
    'Find the letter the officer gave you and enter the section it names (221(g), 214(b), 212(a) and so on): it decides whether the refusal is final.',
    ['9fam-403-10', 'dos-ceac-2020']),
];

/** Steps for every case, after the rule's and the verdict's, in this order. */
export const CASE_STEPS: ReadonlyArray<(f: Facts, verdict: Verdict) => NextStep | undefined> = [
  (f, verdict) => {
    const validUntil = f.caseFile.petition.validUntil;
    if (!validUntil || !BY_VERDICT[verdict].open) return undefined;
    return step('watch-petition-end',
      `Your petition ends on ${formatDate(validUntil)}. If the case is still open close to that date, ask the employer\u2019s attorney about an extension or a new petition.`,
      ['i797-validity'], validUntil);
  },
  (f) => (f.everRefused
    ? step('disclose-refusal',
      'On every future DS-160 or ESTA form, answer "yes" to "Have you ever been refused a U.S. visa?", even if this visa is later issued, and explain briefly.',
      ['221g-disclose', '9fam-403-10'])
    : undefined),
];

interface ExtraReason {
  id: ExtraReasonId;
  applies(f: Facts, rule: PolicyRule): boolean;
  text(f: Facts): string;
  sources: readonly string[];
}

/** The petition's end date, when the case can still go on (the petition reasons read it). */
const openValidUntil = (f: Facts, rule: PolicyRule): ISODate | undefined =>
  (BY_VERDICT[rule.verdict].open ? f.caseFile.petition.validUntil : undefined);

/** Reasons after the deciding one, in this order: context that changes how to read the verdict. */
export const EXTRA_REASONS: readonly ExtraReason[] = [
  {
    id: REFUSED_LABEL.reasonId,
    applies: (f, rule) => f.latest?.status === 'Refused' && !rule.explainsRefusedLabel && rule.verdict !== 'final_refusal',
    text: () => REFUSED_LABEL.summary,
    sources: REFUSED_LABEL.sources,
  },
  {
    id: 'slip-colour',
    applies: (f) => f.caseFile.refusal?.slipColor !== undefined,
    text: (f) => {
      const slip = f.caseFile.refusal!.slipColor!;
      return `The slip was ${slip === 'other' ? 'another colour' : slip}. Slip colours are only a hint: they vary by post and have no official meaning. The section named on the letter is what counts.`;
    },
    sources: ['9fam-403-10'],
  },
  {
    id: 'petition-ended',
    applies: (f, rule) => {
      const validUntil = openValidUntil(f, rule);
      return validUntil !== undefined && validUntil <= f.asOf;
    },
    text: (f) =>
      `The petition's end date (${formatDate(f.caseFile.petition.validUntil!)}) has passed. A visa cannot be issued on an expired petition, so the employer may need a new approval. This is an inference, not a stated State rule: ask the employer's attorney.`,
    sources: ['i797-validity'],
  },
  {
    id: 'petition-ends-soon',
    applies: (f, rule) => {
      const validUntil = openValidUntil(f, rule);
      return validUntil !== undefined && validUntil > f.asOf && f.inquiryDate !== undefined && validUntil <= f.inquiryDate;
    },
    text: (f) =>
      `The petition ends on ${formatDate(f.caseFile.petition.validUntil!)}, before the usual ${INQUIRY_AFTER_DAYS}-day wait is over. If processing runs past that date, the employer may need a new approval: ask the employer's attorney.`,
    sources: ['i797-validity'],
  },
  {
    id: 'dropbox-context',
    applies: (f, rule) => f.caseFile.application.kind === 'interview_waiver' && !rule.sendsToInterview && f.showsRefused,
    text: () => 'Since 2 September 2025 almost all H, L and O renewals need an in-person interview, so an interview-waiver case may be asked to come in.',
    sources: ['dropbox-refused'],
  },
];

interface MissingFact {
  field: CaseFieldPath;
  why: string;
  when(f: Facts, rule: PolicyRule): boolean;
}

const WHY = CASE_FIELDS;

/** Facts that would make the answer surer, in the order they are listed. */
export const MISSING_FACTS: readonly MissingFact[] = [
  { field: 'refusal.grounds', why: WHY['refusal.grounds'].why, when: (_f, rule) => rule.asksForSection === true },
  {
    field: 'application.date',
    why: WHY['application.date'].why.processing,
    when: (f, rule) => !f.applicationDate && rule.verdict === 'administrative_processing',
  },
  {
    field: 'application.date',
    why: WHY['application.date'].why.deadline,
    when: (f, rule) =>
      !f.applicationDate && rule.verdict !== 'administrative_processing'
      && rule.milestones?.includes('documents_due') === true && !f.clockStart,
  },
  { field: 'refusal.respondedOn', why: WHY['refusal.respondedOn'].why, when: (f) => f.requests.length > 0 && !f.respondedOn },
  {
    field: 'application.officerSaid',
    why: WHY['application.officerSaid'].why,
    when: (f, rule) => rule.asksForSection === true && !f.caseFile.application.officerSaid,
  },
  {
    field: 'application.passport',
    why: WHY['application.passport'].why,
    when: (f, rule) => rule.asksForSection === true && !f.caseFile.application.passport,
  },
  { field: 'ceacHistory', why: WHY.ceacHistory.why, when: (f) => f.history.length === 0 },
  {
    field: 'petition.status',
    why: WHY['petition.status'].why,
    when: (f, rule) => f.caseFile.petition.status === 'unknown' && BY_VERDICT[rule.verdict].canBeOvercome,
  },
];
