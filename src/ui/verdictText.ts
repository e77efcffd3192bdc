/**
 * One sentence per verdict for the result page, never promising an outcome or a duration; and the
 * `Write` the page hands to the timeline and the calendar (./Timeline.tsx, ./CalendarButton.tsx), so
 * that they write their texts in the page's language.
 *
 * The sentences are texts (src/i18n/text.ts): their English is in src/locales/en/result.json.
 */
import type { I18n } from '@lingui/core';
import { day, show, text, type Text } from '../i18n/text';
import { isImmigrant, isK } from '../rules/groups';
import { isMsg } from '../rules/message';
import { DV_LAST_DAY_OF_SEPTEMBER } from '../rules/parameters';
import type { Assessment, VisaClass } from '../rules/types';
import type { Write } from '../timeline/data';
import { showRule } from './ruleText';

/** Writes a text of the result page or a message of the rules in the page's language. */
export function writerIn(i18n: I18n): Write {
  return (t) => (isMsg(t) ? showRule(i18n, t) : show(i18n, t));
}

export const VERDICT_SUMMARY: Record<Assessment['verdict'], Text> = {
  administrative_processing: text(/*i18n*/ 'result.verdict.administrativeProcessing'),
  temporary_refusal: text(/*i18n*/ 'result.verdict.temporaryRefusal'),
  final_refusal: text(/*i18n*/ 'result.verdict.finalRefusal'),
  visa_approved: text(/*i18n*/ 'result.verdict.visaApproved'),
  no_decision_yet: text(/*i18n*/ 'result.verdict.noDecisionYet'),
};

/** A final refusal at low confidence is a guess: the sentence beside its label says so (the contract keeps the label). */
export const UNSURE_FINAL_SUMMARY = text(/*i18n*/ 'result.verdict.unsureFinal');

/** A likely temporary refusal at low confidence: it may still be final (an unknown section, a returned petition). */
export const UNSURE_TEMPORARY_SUMMARY = text(/*i18n*/ 'result.verdict.unsureTemporary');

/** An immigrant visa refused on a ground (not DV, not security: the rules' medium final): the case can stay open. */
export const IMMIGRANT_FINAL_SUMMARY = text(/*i18n*/ 'result.verdict.immigrantFinal');

/** A fiancé(e) visa refused on a ground (R2): the same case can go on if the ground is overcome or waived. */
export const K_FINAL_SUMMARY = text(/*i18n*/ 'result.verdict.kFinal');

/** A diversity visa refused on a ground (R2) while its year runs: anything that can help must happen before the deadline. */
const dvFinalSummary = (deadline: string | undefined): Text =>
  (deadline
    ? text(/*i18n*/ 'result.verdict.dvFinal', { date: day(deadline) })
    : text(/*i18n*/ 'result.verdict.dvFinalNoDate', { day: DV_LAST_DAY_OF_SEPTEMBER }));

/** A diversity visa whose program year has ended (R3d). */
export const DV_ENDED_SUMMARY = text(/*i18n*/ 'result.verdict.dvEnded');

/** The sentence under the verdict's label: the verdict's own, or a plainer one where the rules are unsure or the group differs. */
export function verdictLead(a: Pick<Assessment, 'verdict' | 'confidence' | 'reasons' | 'milestones'>, visaClass: VisaClass): Text {
  const rule = a.reasons[0]?.rule;
  if (a.verdict === 'final_refusal') {
    if (a.confidence === 'low') return UNSURE_FINAL_SUMMARY;
    if (rule === 'R3d') return DV_ENDED_SUMMARY;
    if (rule === 'R2' && visaClass === 'DV') return dvFinalSummary(a.milestones.find((m) => m.kind === 'dv_deadline' && !m.passed)?.date);
    if (rule === 'R2' && isK(visaClass)) return K_FINAL_SUMMARY;
    if (rule === 'R2' && a.confidence === 'medium' && isImmigrant(visaClass)) return IMMIGRANT_FINAL_SUMMARY;
  }
  if (a.verdict === 'temporary_refusal' && a.confidence === 'low') return UNSURE_TEMPORARY_SUMMARY;
  return VERDICT_SUMMARY[a.verdict];
}
