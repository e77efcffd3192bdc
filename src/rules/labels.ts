/** Plain-language names for the contract's enum values, shared by the rules' texts and the UI. */
import { AP_TYPICAL_DAYS, DOCUMENTS_WINDOW, INQUIRY_AFTER_DAYS } from './parameters';
import type { Confidence, Ground, MilestoneKind, Request, Verdict } from './types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  administrative_processing: 'Administrative processing',
  temporary_refusal: 'Likely temporary refusal',
  final_refusal: 'Final refusal',
  visa_approved: 'Visa approved',
  no_decision_yet: 'No decision yet',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High confidence: the facts you gave point clearly to this.',
  medium: 'Medium confidence: this is the usual meaning, but a fact could change it.',
  low: 'Low confidence: this is a best guess from incomplete facts.',
};

export const GROUND_LABELS: Record<Ground, string> = {
  '221g': 'Section 221(g): incomplete application or administrative processing',
  '214b': 'Section 214(b): not shown to qualify (presumed immigrant intent)',
  '212a6Ci': 'Section 212(a)(6)(C)(i): fraud or misrepresentation',
  '212a9B': 'Section 212(a)(9)(B): past unlawful presence',
  '212a2': 'Section 212(a)(2): criminal grounds',
  '212a3': 'Section 212(a)(3): security grounds',
  '212a_other': 'Another 212(a) ground',
  '212f': 'Section 212(f): a presidential proclamation',
  other: 'Another section',
};

/** Short names used inside sentences. */
export const GROUND_SHORT: Record<Ground, string> = {
  '221g': '221(g)',
  '214b': '214(b)',
  '212a6Ci': '212(a)(6)(C)(i)',
  '212a9B': '212(a)(9)(B)',
  '212a2': '212(a)(2)',
  '212a3': '212(a)(3)',
  '212a_other': 'a 212(a) ground',
  '212f': '212(f)',
  other: 'another section',
};

export const REQUEST_LABELS: Record<Request, string> = {
  documents: 'additional documents',
  ds5535: 'Form DS-5535 (supplemental questions)',
  social_media_public: 'making social media profiles public',
  passport: 'the passport',
  in_person_interview: 'an in-person interview',
};

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  documents_due: `Last day to send what the letter asked for (${DOCUMENTS_WINDOW.count})`,
  ap_typical: `Day ${AP_TYPICAL_DAYS}: many posts have said most administrative processing ends by about now`,
  inquiry_after: `Day ${INQUIRY_AFTER_DAYS}: many posts ask you not to inquire before this`,
  petition_expires: 'Petition (I-797) end date',
};

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
