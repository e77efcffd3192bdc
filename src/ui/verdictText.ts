/** One sentence per verdict for the result page, never promising an outcome or a duration. */
import type { Verdict } from '../rules/types';

export const VERDICT_SUMMARY: Record<Verdict, string> = {
  administrative_processing:
    'Your case looks like it is on hold for checks under section 221(g): it is not over, and it can still be approved.',
  temporary_refusal:
    'Your case looks refused for now, but not finally: what happens next depends on the steps below, for example sending what was asked for, or a decision on the petition.',
  final_refusal:
    'Your case looks like a refusal that ends this application; a new application, or a waiver, may still be possible.',
  visa_approved: 'Your case looks approved: the visa has been, or is about to be, printed.',
  no_decision_yet: 'Your case does not look decided yet, going by the facts you gave.',
};

/** A final refusal at low confidence is a guess: the sentence beside its label says so (the contract keeps the label). */
export const UNSURE_FINAL_SUMMARY =
  'Unclear: your case may be a refusal that ends this application, but the facts given do not settle it. The section named on your letter decides, so do not give up the case before you have read it.';
