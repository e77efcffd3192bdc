/**
 * The names the first page needs: the verdicts' labels (the link page's heading) and the sections a
 * letter can name (the form's choices). The wording the result page and the rules need is in
 * ./wording.ts, so the first page does not load it.
 */
import type { Ground, Verdict } from './types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  administrative_processing: 'Administrative processing',
  temporary_refusal: 'Likely temporary refusal',
  final_refusal: 'Final refusal',
  visa_approved: 'Visa approved',
  no_decision_yet: 'No decision yet',
};

export const GROUND_LABELS: Record<Ground, string> = {
  '221g': 'Section 221(g): incomplete application or administrative processing',
  '214b': 'Section 214(b): not shown to qualify (presumed immigrant intent)',
  '212a4': 'Section 212(a)(4): public charge (often the affidavit of support)',
  '212a6Ci': 'Section 212(a)(6)(C)(i): fraud or misrepresentation',
  '212a9B': 'Section 212(a)(9)(B): past unlawful presence',
  '212a2': 'Section 212(a)(2): criminal grounds',
  '212a3': 'Section 212(a)(3): security grounds',
  '212a_other': 'Another 212(a) ground',
  '212e': 'Section 212(e): two-year home-residence requirement (some J visitors)',
  '212f': 'Section 212(f): a presidential proclamation',
  '222g': 'Section 222(g): an earlier visa voided by an overstay',
  other: 'Another section',
};

