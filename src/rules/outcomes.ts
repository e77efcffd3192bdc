/**
 * The shared pieces of an assessment, the ones that do not belong to one rule (docs/policy.md):
 * what each verdict adds (milestones, next steps), the dates of the milestones, the steps for every
 * case, the extra reasons and the missing facts. They are keyed by verdict, by fact, or by the flags
 * a rule record sets in ./policy.ts, never by a rule's id.
 */
import { compareDates, daysBetween, formatDate } from './dates';
import type { Facts } from './facts';
import { CASE_FIELDS, type CaseFieldPath } from './fields';
import { isImmigrant, isK, isStudent } from './groups';
import {
  DV_DEADLINE_WORDS, INQUIRY_AFTER_DAYS, NEW_H1B_PETITION_PAYMENT, STUDENT_EARLY_ENTRY_DAYS,
} from './parameters';
import { r11Excluded, type PolicyRule } from './policy';
import { REFUSED_LABEL } from './refusedLabel';
import { REPORTED_PERIOD, reportedRange } from './reported';
import { listInWords, programOfficial } from './wording';
import { step, stepsWhere, type NextStepContext } from './steps';
import type { ISODate, MilestoneKind, NextStep, Verdict } from './types';

/** The ids of the reasons after the deciding one (`Reason.rule`); they name context, not rules. */
export type ExtraReasonId =
  | 'dv-deadline' | 'refused-label' | 'r11-not-for-class' | 'slip-colour' | 'petition-ended' | 'petition-ends-soon'
  | 'program-start' | 'dropbox-context' | 'reported-durations';

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
    milestones: ['inquiry_after', 'petition_expires', 'dv_deadline', 'program_start'],
    nextSteps: processingSteps,
  },
  temporary_refusal: {
    open: true, canBeOvercome: true, milestones: ['petition_expires', 'dv_deadline', 'program_start'], nextSteps: () => [],
  },
  final_refusal: { open: false, canBeOvercome: false, milestones: ['petition_expires', 'dv_deadline'], nextSteps: () => [] },
  visa_approved: { open: false, canBeOvercome: false, milestones: [], nextSteps: () => [] },
  no_decision_yet: {
    open: true,
    canBeOvercome: false,
    milestones: ['petition_expires', 'dv_deadline', 'program_start'],
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
  reinstatement_ends: (f) => (isImmigrant(f.visaClass) && f.visaClass !== 'DV' && f.clockStart ? f.reinstatementEnds : undefined),
  // For DV, only a date the deadline has not overtaken.
  inquiry_after: (f) => (f.dvDeadline && f.inquiryDate && f.inquiryDate > f.dvDeadline ? undefined : f.inquiryDate),
  petition_expires: (f) => f.caseFile.petition?.validUntil,
  dv_deadline: (f) => f.dvDeadline,
  program_start: (f) => f.programStart,
};

/** A date the case must beat, by the sooner of them: the petition's end, the program start, the DV deadline. */
export function hardDates(f: Facts): Array<{ date: ISODate; what: string; ask: string }> {
  const out: Array<{ date: ISODate; what: string; ask: string }> = [];
  const validUntil = f.caseFile.petition?.validUntil;
  if (validUntil) {
    out.push({
      date: validUntil,
      what: isK(f.visaClass) ? 'the end of the fiancé(e) petition\u2019s validity' : 'the petition\u2019s end date',
      ask: f.group === 'petition_niv' || f.visaClass === 'EB' ? 'the employer\u2019s attorney' : 'the petitioner or an immigration attorney',
    });
  }
  if (f.programStart) out.push({ date: f.programStart, what: 'your program start date', ask: programOfficial(f.visaClass) });
  if (f.dvDeadline) out.push({ date: f.dvDeadline, what: `the DV-${f.dvYear} deadline`, ask: '' });
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The hard dates that fall on or before the day posts ask applicants to wait for (`inquiry_after`). */
const beforeInquiry = (f: Facts) => (f.inquiryDate ? hardDates(f).filter((h) => h.date <= f.inquiryDate!) : []);

const asks = (hard: ReadonlyArray<{ ask: string }>): string => listInWords([...new Set(hard.map((h) => h.ask).filter(Boolean))]);

/** The officer said "221(g)" without saying what for, and no letter section or kept passport settles it. */
const unsure221g = (f: Facts): boolean =>
  f.showsRefused && f.noKnownGround && f.caseFile.application.officerSaid === '221g' && f.caseFile.application.passport !== 'kept';

/** A diversity visa whose deadline cannot be dated (no year, or a year that does not fit): never "wait 180 days". */
const dvUndated = (f: Facts): boolean => f.visaClass === 'DV' && f.dvDeadline === undefined;

function processingSteps(f: Facts, ctx: NextStepContext): NextStep[] {
  const inquiry = ctx.due('inquiry_after');
  const hard = beforeInquiry(f);
  const first = hard[0];
  const waitStep = unsure221g(f)
    ? step('find-letter-first',
      'Find the refusal letter now, or ask the post for a copy. If it lists documents, send them right away: posts close cases whose documents are not sent within a year. Waiting for processing is right only if the letter asks for nothing.',
      ['ina-221g', 'usvisa-221g-year'])
    : dvUndated(f)
      ? undefined // the first step (`dv-year-needed`) says what to do instead
      : step('inquire-after',
        inquiry && inquiry < f.asOf
          ? `The ${INQUIRY_AFTER_DAYS} days many posts ask you to wait ended on ${formatDate(inquiry)}: you can now ask the post about the case through its official contact page. Have your dates ready.`
          : inquiry
            ? `Unless your travel is urgent (for example a medical or family emergency), many posts ask you not to inquire before ${formatDate(inquiry)} (${INQUIRY_AFTER_DAYS} days). Posts differ: some give a shorter window on their own pages.`
              + (f.dvDeadline ? ` For a diversity visa, do not wait for this day if the deadline is near: no DV-${f.dvYear} visa can be issued after ${formatDate(f.dvDeadline)}. Ask the post well before then whether your case can be finished in time.` : '')
            : `Unless your travel is urgent, many posts ask you not to inquire before ${INQUIRY_AFTER_DAYS} days have passed since the interview (or since you sent documents, if later). Posts differ: some give a shorter window.`,
        ['post-inquiry-180d']); // no `due`: the day is a "not before", not a deadline
  return stepsWhere(
    step('wait-for-processing',
      'Administrative processing has no fixed length, and no one can promise how long it will take. Check CEAC about once a week and add each status you see, with its "Case Last Updated" date.',
      ['dos-ap-page']),
    first
      ? step('contact-before-hard-date',
        (first.date < f.asOf
          ? `Do not wait ${INQUIRY_AFTER_DAYS} days: ${first.what} (${formatDate(first.date)}) has already passed. Contact the post now, say so, and ask what the case needs to go on`
          : `Do not wait ${INQUIRY_AFTER_DAYS} days: ${first.what} (${formatDate(first.date)}) comes before the day many posts ask you to wait for (${formatDate(f.inquiryDate!)}). Contact the post before ${formatDate(first.date)}, say what the date is and ask whether the case can be finished in time`)
        + `${asks(hard) ? `, and talk to ${asks(hard)}` : ''}.`,
        ['post-inquiry-180d', ...(f.dvDeadline ? ['dv-deadline'] : []), ...(f.programStart ? ['student-start'] : []), ...(f.caseFile.petition?.validUntil ? ['i797-validity'] : [])],
        first.date < f.asOf ? undefined : first.date)
      : waitStep,
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

/**
 * From this day of the DV program year (month-day) the DV step also says that visa numbers can run
 * out before the deadline: a policy choice of this tool (docs/policy.md), not a date the law sets.
 */
const DV_NUMBERS_WARNING_FROM = '07-01';

/** Steps that come before all others: a hard deadline said plainly and early. */
export const FIRST_STEPS: ReadonlyArray<(f: Facts, verdict: Verdict) => NextStep | undefined> = [
  (f, verdict) => (dvUndated(f) && BY_VERDICT[verdict].open
    ? step('dv-year-needed',
      `Every diversity visa case ends on ${DV_DEADLINE_WORDS} of its program year (for example, DV-2026 ends on ${DV_DEADLINE_WORDS} 2026): no DV visa can be issued after it. Enter your program year and your interview date so the deadline can be dated, and do not wait for months: ask the post well before ${DV_DEADLINE_WORDS} whether your case can be finished.`,
      ['dv-deadline'])
    : undefined),
  (f, verdict) => {
    if (!f.dvDeadline || verdict === 'visa_approved' || f.asOf > f.dvDeadline) return undefined;
    const left = daysBetween(f.asOf, f.dvDeadline)!;
    const july = `${f.dvYear}-${DV_NUMBERS_WARNING_FROM}`;
    return step('dv-deadline',
      `Everything must be finished by ${formatDate(f.dvDeadline)} (${left === 0 ? 'today' : `${left} day${left === 1 ? '' : 's'} from now`}): no DV-${f.dvYear} visa can be issued after ${DV_DEADLINE_WORDS}, even if processing is still going on. Answer every request at once, and ask the post in good time whether the case can be finished before then.`
      + (f.asOf >= july ? ' Visa numbers can also run out before that day.' : ''),
      ['dv-deadline'], f.dvDeadline);
  },
];

/** Steps for every case, after the rule's and the verdict's, in this order. */
export const CASE_STEPS: ReadonlyArray<(f: Facts, verdict: Verdict) => NextStep | undefined> = [
  (f, verdict) => {
    if (!f.programStart || !BY_VERDICT[verdict].open) return undefined;
    return step('ask-about-deferral',
      `Tell ${programOfficial(f.visaClass)} that your visa is delayed, and ask about deferring your program start (${formatDate(f.programStart)}) if the visa may not come in time.`
      + (f.visaClass === 'F-1' || f.visaClass === 'M-1' ? ` Students may enter up to ${STUDENT_EARLY_ENTRY_DAYS} days before the start date on the I-20.` : ''),
      ['student-start'], f.programStart);
  },
  (f, verdict) => {
    const validUntil = f.caseFile.petition?.validUntil;
    if (!validUntil || !BY_VERDICT[verdict].open) return undefined;
    return step('watch-petition-end',
      isK(f.visaClass)
        ? `The fiancé(e) petition is valid until ${formatDate(validUntil)}.`
          + (f.caseFile.petition?.status === 'returned_to_uscis' || f.caseFile.petition?.status === 'noir'
            ? ' It is now with USCIS, so ask an immigration attorney what that date means for your case.'
            : ' The consular officer can revalidate it; if the case is still open close to that date, ask the post and an immigration attorney.')
        : `Your petition ends on ${formatDate(validUntil)}. If the case is still open close to that date, ask ${f.group === 'petition_niv' ? 'the employer\u2019s attorney' : 'the petitioner or an immigration attorney'} about an extension or a new petition.`
          + (f.visaClass === 'H-1B' ? ` A new H-1B petition for someone abroad may need the ${NEW_H1B_PETITION_PAYMENT} payment.` : ''),
      isK(f.visaClass) ? ['k1-petition'] : ['i797-validity'], validUntil);
  },
  (f) => (f.everRefused
    ? step('disclose-refusal',
      'This counts as a visa refusal, even if the visa is issued later or your passport was handed back. On a later DS-160, answer "yes" to the question about past refusals and explain briefly; on ESTA, answer "yes" to "Have you ever been denied a U.S. visa or entry into the U.S. or had a U.S. visa canceled?". A refusal alone does not bar you from the Visa Waiver Program.',
      ['221g-disclose', 'esta-refusal'])
    : undefined),
];

interface ExtraReason {
  id: ExtraReasonId;
  applies(f: Facts, rule: PolicyRule): boolean;
  text(f: Facts): string;
  sources: readonly string[] | ((f: Facts) => readonly string[]);
}

/** The petition's end date, when the case can still go on (the petition reasons read it). */
const openValidUntil = (f: Facts, rule: PolicyRule): ISODate | undefined =>
  (BY_VERDICT[rule.verdict].open ? f.caseFile.petition?.validUntil : undefined);

/** Who can say what a petition that ends means for this class. */
const petitionAdvice = (f: Facts): string =>
  (isK(f.visaClass)
    ? 'The consular officer can revalidate a fiancé(e) petition; ask the post and an immigration attorney.'
    : f.group === 'petition_niv'
      ? 'This is an inference, not a stated State rule: ask the employer\u2019s attorney.'
      : 'Ask the petitioner or an immigration attorney.');

/** Reasons after the deciding one, in this order: context that changes how to read the verdict. */
export const EXTRA_REASONS: readonly ExtraReason[] = [
  {
    id: 'dv-deadline',
    applies: (f, rule) => f.dvDeadline !== undefined && f.asOf <= f.dvDeadline && rule.verdict !== 'visa_approved',
    text: (f) =>
      `A diversity visa can be issued only until ${formatDate(f.dvDeadline!)}, the end of DV-${f.dvYear}${f.dvYearInferred ? ' (the year was worked out from the interview date)' : ''}. After that day the case ends for good, even if processing is still going on.`,
    sources: ['dv-deadline'],
  },
  {
    id: REFUSED_LABEL.reasonId,
    applies: (f, rule) => f.latest?.status === 'Refused' && !rule.explainsRefusedLabel && rule.verdict !== 'final_refusal',
    text: () => REFUSED_LABEL.summary,
    sources: REFUSED_LABEL.sources,
  },
  {
    id: 'r11-not-for-class',
    applies: (f, rule) => r11Excluded(f) && rule.asksForSection === true,
    text: (f) =>
      (f.group === 'petition_niv'
        ? 'The officer said refused and gave your passport back, but for a visa on a petition that is not read as final: passports are often handed back with a 221(g) letter, and a refusal at the window is often a petition sent back to USCIS. The letter decides.'
        : 'The officer said refused and gave your passport back, but for a fiancé(e) or immigrant visa that is not read as final: passports are often handed back with a 221(g) letter asking for documents. The letter decides.'),
    sources: ['ina-221g', 'petition-return'],
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
      return validUntil !== undefined && validUntil < f.asOf;
    },
    text: (f) =>
      `The petition's end date (${formatDate(f.caseFile.petition!.validUntil!)}) has passed. A visa cannot be issued on an expired petition, so a new approval may be needed. ${petitionAdvice(f)}`,
    sources: (f) => (isK(f.visaClass) ? ['k1-petition', 'i797-validity'] : ['i797-validity']),
  },
  {
    id: 'petition-ends-soon',
    applies: (f, rule) => {
      const validUntil = openValidUntil(f, rule);
      return rule.verdict === 'administrative_processing'
        && validUntil !== undefined && validUntil >= f.asOf && f.inquiryDate !== undefined && validUntil <= f.inquiryDate;
    },
    text: (f) =>
      `The petition ends on ${formatDate(f.caseFile.petition!.validUntil!)}, before the ${INQUIRY_AFTER_DAYS} days many posts ask you to wait are over, so do not wait that long: contact the post before that date. ${petitionAdvice(f)}`,
    sources: (f) => [...(isK(f.visaClass) ? ['k1-petition'] : []), 'i797-validity', 'post-inquiry-180d'],
  },
  {
    id: 'program-start',
    applies: (f, rule) => f.programStart !== undefined && BY_VERDICT[rule.verdict].open,
    text: (f) => {
      const left = daysBetween(f.asOf, f.programStart!)!;
      return left < 0
        ? `Your program start date (${formatDate(f.programStart!)}) has passed. Ask ${programOfficial(f.visaClass)} whether the start can be deferred.`
        : `Your program starts on ${formatDate(f.programStart!)}, ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`}. No one can say whether the visa will come by then, so ask ${programOfficial(f.visaClass)} now about a later start if needed.`;
    },
    sources: ['student-start'],
  },
  {
    id: 'dropbox-context',
    applies: (f, rule) => f.caseFile.application.kind === 'interview_waiver' && !rule.sendsToInterview && f.showsRefused,
    text: (f) => (f.group === 'petition_niv'
      ? 'Since 2 September 2025 almost all H, L and O renewals need an in-person interview, so an interview-waiver case may be asked to come in.'
      : 'Since 2 September 2025 the State Department has allowed far fewer interview waivers, so an interview-waiver case may be asked to come in.'),
    sources: ['dropbox-refused'],
  },
  {
    id: 'reported-durations',
    applies: (_f, rule) => rule.verdict === 'administrative_processing',
    text: (f) => {
      const r = reportedRange(f.visaClass);
      const period = `in the ${REPORTED_PERIOD.windowDays} days to ${formatDate(REPORTED_PERIOD.finishedBy)}`;
      if (!r) return `How long it takes: no reported figures were found for ${isImmigrant(f.visaClass) || isK(f.visaClass) ? 'immigrant and fiancé(e) visas' : 'this visa class'}, and no one can say how long administrative processing will take.`;
      return `How long it took others: ${r.cases} ${r.group} cases reported on ${REPORTED_PERIOD.site} that finished ${period} took ${r.minDays} to ${r.maxDays} days (half took ${r.medianDays} days or less). ${REPORTED_PERIOD.caveat}`;
    },
    sources: REPORTED_PERIOD.sources,
  },
];

interface MissingFact {
  field: CaseFieldPath;
  why: string;
  when(f: Facts, rule: PolicyRule): boolean;
}

const WHY = CASE_FIELDS;
const noApplicationDate = (f: Facts): boolean => f.caseFile.application.date === undefined;

/** Facts that would make the answer surer, in the order they are listed. */
export const MISSING_FACTS: readonly MissingFact[] = [
  { field: 'refusal.grounds', why: WHY['refusal.grounds'].why, when: (_f, rule) => rule.asksForSection === true },
  {
    field: 'refusal.requests',
    why: WHY['refusal.requests'].why,
    when: (f, rule) => rule.asksForRequests === 'always' || (rule.asksForRequests === 'whenUnknown' && !f.requestsKnown),
  },
  { field: 'dv.programYear', why: WHY['dv.programYear'].why, when: (f) => f.visaClass === 'DV' && f.caseFile.dv === undefined },
  {
    field: 'application.date',
    why: WHY['application.date'].why.dv,
    when: (f) => noApplicationDate(f) && f.visaClass === 'DV',
  },
  {
    field: 'application.date',
    why: WHY['application.date'].why.processing,
    when: (f, rule) => noApplicationDate(f) && f.visaClass !== 'DV' && rule.verdict === 'administrative_processing',
  },
  {
    field: 'application.date',
    why: WHY['application.date'].why.deadline,
    when: (f, rule) =>
      noApplicationDate(f) && f.visaClass !== 'DV' && rule.verdict !== 'administrative_processing'
      && f.documentRequests.length > 0 && f.caseFile.refusal?.refusedOn === undefined,
  },
  {
    field: 'refusal.respondedOn',
    why: WHY['refusal.respondedOn'].why,
    when: (f) => f.documentRequests.length > 0 && f.caseFile.refusal?.respondedOn === undefined,
  },
  {
    field: 'program.startDate',
    why: WHY['program.startDate'].why,
    when: (f, rule) =>
      isStudent(f.visaClass) && f.caseFile.program?.startDate === undefined
      && (rule.verdict === 'administrative_processing' || rule.verdict === 'temporary_refusal'),
  },
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
    when: (f, rule) => f.caseFile.petition?.status === 'unknown' && BY_VERDICT[rule.verdict].canBeOvercome,
  },
];
