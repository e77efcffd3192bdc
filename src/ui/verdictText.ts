/** One sentence per verdict for the result page, never promising an outcome or a duration. */
import type { Verdict } from '../rules/types';

export const VERDICT_SUMMARY: Record<Verdict, string> = {
  administrative_processing:
    'Your case looks like it is on hold for checks under section 221(g): it is not over, and it can still be approved.',
  temporary_refusal:
    'Your case looks refused for now, in a way that can usually be fixed, for example by sending what was asked for.',
  final_refusal:
    'Your case looks like a refusal that ends this application; a new application, or a waiver, may still be possible.',
  visa_approved: 'Your case looks approved: the visa has been, or is about to be, printed.',
  no_decision_yet: 'Your case does not look decided yet, going by the facts you gave.',
};
