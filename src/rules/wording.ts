/** Plain-language wording for the contract's enum values, used by the rules' texts and the result page. */
import { DOCUMENTS_WINDOW, INQUIRY_AFTER_DAYS, REINSTATEMENT_WINDOW } from './parameters';
import { isExchange, isStudent } from './groups';
import type { Confidence, Ground, MilestoneKind, Request, VisaClass } from './types';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High confidence: the facts you gave point clearly to this.',
  medium: 'Medium confidence: this is the usual meaning, but a fact could change it.',
  low: 'Low confidence: this is a best guess from incomplete facts.',
};

/** Short names used inside sentences. */
export const GROUND_SHORT: Record<Ground, string> = {
  '221g': '221(g)',
  '214b': '214(b)',
  '212a4': '212(a)(4)',
  '212a6Ci': '212(a)(6)(C)(i)',
  '212a9B': '212(a)(9)(B)',
  '212a2': '212(a)(2)',
  '212a3': '212(a)(3)',
  '212a_other': 'a 212(a) ground',
  '212e': '212(e)',
  '212f': '212(f)',
  '222g': '222(g)',
  other: 'another section',
};

export const REQUEST_LABELS: Record<Request, string> = {
  documents: 'additional documents',
  ds5535: 'Form DS-5535 (supplemental questions)',
  social_media_public: 'public social media profiles',
  passport: 'the passport',
  in_person_interview: 'an in-person interview',
};

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  documents_due: `Last day to send what the letter asked for (${DOCUMENTS_WINDOW.count}, as posts count it)`,
  reinstatement_ends: `Last day to ask for the registration to be reinstated (${REINSTATEMENT_WINDOW.count} after the refusal)`,
  inquiry_after: `Day ${INQUIRY_AFTER_DAYS}: many posts ask you not to inquire before this`,
  petition_expires: 'Petition end date',
  dv_deadline: 'Last day a diversity visa of this program year can be issued',
  program_start: 'Program start date on the I-20 or DS-2019',
};

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The form that carries a student's program start: the I-20 (F, M) or the DS-2019 (J). */
export function programForm(c: VisaClass): string {
  if (isExchange(c)) return 'DS-2019';
  if (isStudent(c)) return 'I-20';
  return 'I-20 or DS-2019';
}

/** Who can defer a program start: the school's DSO (F, M) or the J sponsor's responsible officer. */
export function programOfficial(c: VisaClass): string {
  if (isExchange(c)) return 'your program sponsor\u2019s responsible officer (the contact on your DS-2019)';
  if (isStudent(c)) return 'your school\u2019s designated school official (DSO)';
  return 'your school\u2019s designated school official (DSO), or for a J visa your sponsor\u2019s responsible officer';
}
