/** One sentence per verdict for the result page, never promising an outcome or a duration. */
import { formatDate } from '../rules/dates';
import { isImmigrant, isK } from '../rules/groups';
import type { Assessment, VisaClass } from '../rules/types';

export const VERDICT_SUMMARY: Record<Assessment['verdict'], string> = {
  administrative_processing:
    'Your case looks like it is on hold for checks under section 221(g): it is not over, and it can still be approved.',
  temporary_refusal:
    'Your case looks refused for now, but not finally: what happens next depends on the steps below, for example sending what was asked for, or a decision on the petition.',
  final_refusal:
    'Your case looks like a refusal that ends this application. What can still be done (a new application, and for some sections a waiver) is in the next steps.',
  visa_approved: 'Your case looks approved: the visa has been, or is about to be, printed.',
  no_decision_yet: 'Your case does not look decided yet, going by the facts you gave.',
};

/** A final refusal at low confidence is a guess: the sentence beside its label says so (the contract keeps the label). */
export const UNSURE_FINAL_SUMMARY =
  'Unclear: your case may be a refusal that ends this application, but the facts given do not settle it. The section named on your letter decides, so do not give up the case before you have read it.';

/** A likely temporary refusal at low confidence: it may still be final (an unknown section, a returned petition). */
export const UNSURE_TEMPORARY_SUMMARY =
  'Your case looks refused for now, probably not finally, but the facts given do not settle it: what would decide it is just below.';

/** An immigrant visa refused on a ground (not DV, not security: the rules' medium final): the case can stay open. */
export const IMMIGRANT_FINAL_SUMMARY =
  'Your visa looks refused on a ground of law, not only for missing papers. For an immigrant visa, new evidence can still have the case reconsidered within a year of the refusal, or the case can go on with a waiver where one exists: see the next steps.';

/** A fiancé(e) visa refused on a ground (R2): the same case can go on if the ground is overcome or waived. */
export const K_FINAL_SUMMARY =
  'Your visa looks refused on a ground of law. The case can still go on if the ground is overcome, or with a waiver on Form I-601 where one exists: see the next steps.';

/** A diversity visa refused on a ground (R2) while its year runs: anything that can help must happen before the deadline. */
const dvFinalSummary = (deadline: string | undefined): string =>
  `Your visa looks refused on a ground of law. New evidence or a waiver can only help if the visa can still be issued by ${deadline ? formatDate(deadline) : '30 September of the program year'}: ask an immigration attorney now.`;

/** A diversity visa whose program year has ended (R3d). */
export const DV_ENDED_SUMMARY =
  'The program year of this diversity visa has ended: no visa of that year can be issued any more, whatever CEAC shows.';

/** The sentence under the verdict's label: the verdict's own, or a plainer one where the rules are unsure or the group differs. */
export function verdictLead(a: Pick<Assessment, 'verdict' | 'confidence' | 'reasons' | 'milestones'>, visaClass: VisaClass): string {
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
