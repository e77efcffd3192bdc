/**
 * The names the first page needs: the verdicts' labels (the link page's heading) and the sections a
 * letter can name (the form's choices). The wording the result page and the rules need is in
 * ./wording.ts, so the first page does not load it.
 *
 * Each name is a message (./message.ts) so that the page can show it in its language; the English
 * records below are read from the same messages. This file's messages are in the first page's
 * catalog (`form`), not the rules' (lingui.config.ts).
 */
import type { MessageDescriptor } from './message';
import type { Ground, Verdict } from './types';

const english = <K extends string>(m: Readonly<Record<K, MessageDescriptor>>): Record<K, string> =>
  Object.fromEntries(Object.entries(m).map(([k, d]) => [k, (d as MessageDescriptor).message])) as Record<K, string>;

export const VERDICT_LABEL_MESSAGES: Readonly<Record<Verdict, MessageDescriptor>> = {
  administrative_processing: /*i18n*/ { id: 'rules.verdict.administrative_processing', message: 'Administrative processing' },
  temporary_refusal: /*i18n*/ { id: 'rules.verdict.temporary_refusal', message: 'Likely temporary refusal' },
  final_refusal: /*i18n*/ { id: 'rules.verdict.final_refusal', message: 'Final refusal' },
  visa_approved: /*i18n*/ { id: 'rules.verdict.visa_approved', message: 'Visa approved' },
  no_decision_yet: /*i18n*/ { id: 'rules.verdict.no_decision_yet', message: 'No decision yet' },
};
export const VERDICT_LABELS: Record<Verdict, string> = english(VERDICT_LABEL_MESSAGES);

export const GROUND_LABEL_MESSAGES: Readonly<Record<Ground, MessageDescriptor>> = {
  '221g': /*i18n*/ { id: 'rules.ground.221g', message: 'Section 221(g): incomplete application or administrative processing' },
  '214b': /*i18n*/ { id: 'rules.ground.214b', message: 'Section 214(b): not shown to qualify (presumed immigrant intent)' },
  '212a4': /*i18n*/ { id: 'rules.ground.212a4', message: 'Section 212(a)(4): public charge (often the affidavit of support)' },
  '212a6Ci': /*i18n*/ { id: 'rules.ground.212a6Ci', message: 'Section 212(a)(6)(C)(i): fraud or misrepresentation' },
  '212a9B': /*i18n*/ { id: 'rules.ground.212a9B', message: 'Section 212(a)(9)(B): past unlawful presence' },
  '212a2': /*i18n*/ { id: 'rules.ground.212a2', message: 'Section 212(a)(2): criminal grounds' },
  '212a3': /*i18n*/ { id: 'rules.ground.212a3', message: 'Section 212(a)(3): security grounds' },
  '212a_other': /*i18n*/ { id: 'rules.ground.212a_other', message: 'Another 212(a) ground' },
  '212e': /*i18n*/ { id: 'rules.ground.212e', message: 'Section 212(e): two-year home-residence requirement (some J visitors)' },
  '212f': /*i18n*/ { id: 'rules.ground.212f', message: 'Section 212(f): a presidential proclamation' },
  '222g': /*i18n*/ { id: 'rules.ground.222g', message: 'Section 222(g): an earlier visa voided by an overstay' },
  other: /*i18n*/ { id: 'rules.ground.other', message: 'Another section' },
};
export const GROUND_LABELS: Record<Ground, string> = english(GROUND_LABEL_MESSAGES);
