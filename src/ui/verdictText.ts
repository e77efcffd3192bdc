/** One sentence per verdict for the result page, never promising an outcome or a duration. */
import { isImmigrant } from '../rules/groups';
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
  'Your visa looks refused on a ground that sending a document does not fix. For an immigrant visa the case can still be reconsidered within a year of the refusal if new evidence overcomes the ground, or go on with a waiver where one exists: see the next steps.';

/** A diversity visa whose program year has ended (R3d). */
export const DV_ENDED_SUMMARY =
  'The program year of this diversity visa has ended: no visa of that year can be issued any more, whatever CEAC shows.';

/** The sentence under the verdict's label: the verdict's own, or a plainer one where the rules are unsure or the group differs. */
export function verdictLead(a: Pick<Assessment, 'verdict' | 'confidence' | 'reasons'>, visaClass: VisaClass): string {
  const rule = a.reasons[0]?.rule;
  if (a.verdict === 'final_refusal') {
    if (a.confidence === 'low') return UNSURE_FINAL_SUMMARY;
    if (rule === 'R3d') return DV_ENDED_SUMMARY;
    if (rule === 'R2' && a.confidence === 'medium' && isImmigrant(visaClass) && visaClass !== 'DV') return IMMIGRANT_FINAL_SUMMARY;
  }
  if (a.verdict === 'temporary_refusal' && a.confidence === 'low') return UNSURE_TEMPORARY_SUMMARY;
  return VERDICT_SUMMARY[a.verdict];
}
