/**
 * Plain-language wording for the contract's enum values, used by the rules' texts and the result
 * page. Each wording is a message (./message.ts); the English records are read from them.
 */
import { DOCUMENTS_WINDOW_YEARS, INQUIRY_AFTER_DAYS, REINSTATEMENT_YEARS } from './parameters';
import { isExchange, isStudent } from './groups';
import { englishText, msg, type MessageDescriptor, type Msg } from './message';
import type { Confidence, Ground, MilestoneKind, Request, VisaClass } from './types';

const english = <K extends string>(m: Readonly<Record<K, Msg>>): Record<K, string> =>
  Object.fromEntries(Object.entries(m).map(([k, d]) => [k, englishText(d as Msg)])) as Record<K, string>;

export const CONFIDENCE_MESSAGES: Readonly<Record<Confidence, Msg>> = {
  high: msg(/*i18n*/ { id: 'rules.confidence.high', message: 'High confidence: the facts you gave point clearly to this.' }),
  medium: msg(/*i18n*/ { id: 'rules.confidence.medium', message: 'Medium confidence: this is the usual meaning, but a fact could change it.' }),
  low: msg(/*i18n*/ { id: 'rules.confidence.low', message: 'Low confidence: this is a best guess from incomplete facts.' }),
};
export const CONFIDENCE_LABELS: Record<Confidence, string> = english(CONFIDENCE_MESSAGES);

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

export const REQUEST_MESSAGES: Readonly<Record<Request, Msg>> = {
  documents: msg(/*i18n*/ { id: 'rules.request.documents', message: 'additional documents' }),
  ds5535: msg(/*i18n*/ { id: 'rules.request.ds5535', message: 'Form DS-5535 (supplemental questions)' }),
  social_media_public: msg(/*i18n*/ { id: 'rules.request.social_media_public', message: 'public social media profiles' }),
  passport: msg(/*i18n*/ { id: 'rules.request.passport', message: 'the passport' }),
  in_person_interview: msg(/*i18n*/ { id: 'rules.request.in_person_interview', message: 'an in-person interview' }),
};
export const REQUEST_LABELS: Record<Request, string> = english(REQUEST_MESSAGES);

export const MILESTONE_MESSAGES: Readonly<Record<MilestoneKind, Msg>> = {
  documents_due: msg(/*i18n*/ {
    id: 'rules.milestone.documents_due',
    message: 'Last day to send what the letter asked for ({years, plural, =1 {one year} =2 {two years} other {# years}}, as posts count it)',
  }, { years: DOCUMENTS_WINDOW_YEARS }),
  reinstatement_ends: msg(/*i18n*/ {
    id: 'rules.milestone.reinstatement_ends',
    message: 'Last day to ask for the registration to be reinstated ({years, plural, =1 {one year} =2 {two years} other {# years}} after the refusal)',
  }, { years: REINSTATEMENT_YEARS }),
  inquiry_after: msg(/*i18n*/ {
    id: 'rules.milestone.inquiry_after', message: 'Day {days}: many posts ask you not to inquire before this',
  }, { days: INQUIRY_AFTER_DAYS }),
  petition_expires: msg(/*i18n*/ { id: 'rules.milestone.petition_expires', message: 'Petition end date' }),
  dv_deadline: msg(/*i18n*/ { id: 'rules.milestone.dv_deadline', message: 'Last day a diversity visa of this program year can be issued' }),
  program_start: msg(/*i18n*/ { id: 'rules.milestone.program_start', message: 'Program start date on the I-20 or DS-2019' }),
};
export const MILESTONE_LABELS: Record<MilestoneKind, string> = english(MILESTONE_MESSAGES);

/** "a, b and c" (English; the page joins lists in its own language: src/i18n/text.ts `listIn`). */
export { listInWords } from './message';

/** The form that carries a student's program start: the I-20 (F, M) or the DS-2019 (J). */
export function programForm(c: VisaClass): string {
  const m = programFormMsg(c);
  return typeof m === 'string' ? m : englishText(m);
}

const EITHER_PROGRAM_FORM = /*i18n*/ { id: 'rules.programForm.either', message: 'I-20 or DS-2019' };

/** The form that carries a student's program start, as a message (a value inside other messages). */
export function programFormMsg(c: VisaClass): Msg | string {
  if (isExchange(c)) return 'DS-2019';
  if (isStudent(c)) return 'I-20';
  return msg(EITHER_PROGRAM_FORM);
}

const PROGRAM_OFFICIAL: Readonly<Record<'exchange' | 'student' | 'either', MessageDescriptor>> = {
  exchange: /*i18n*/ { id: 'rules.programOfficial.exchange', message: 'your program sponsor\u2019s responsible officer (the contact on your DS-2019)' },
  student: /*i18n*/ { id: 'rules.programOfficial.student', message: 'your school\u2019s designated school official (DSO)' },
  either: /*i18n*/ {
    id: 'rules.programOfficial.either',
    message: 'your school\u2019s designated school official (DSO), or for a J visa your sponsor\u2019s responsible officer',
  },
};

/** Who can defer a program start, as a message (a value inside other messages). */
export function programOfficialMsg(c: VisaClass): Msg {
  return msg(PROGRAM_OFFICIAL[isExchange(c) ? 'exchange' : isStudent(c) ? 'student' : 'either']);
}

/** Who can defer a program start: the school's DSO (F, M) or the J sponsor's responsible officer. */
export function programOfficial(c: VisaClass): string {
  return englishText(programOfficialMsg(c));
}
