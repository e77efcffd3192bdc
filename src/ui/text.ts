/** The form's wording: questions, options and summaries, in plain words (our own). */
import { GROUND_LABELS } from '../rules/labels';
import { GROUNDS, REQUESTS, type Verdict } from '../rules/types';
import type { Draft } from './draft';

export type Option<T extends string> = { value: T; label: string; hint?: string };

export const PETITION_OPTIONS: Option<Draft['petitionStatus']>[] = [
  { value: 'approved', label: 'Approved (I have an I-797 approval notice)' },
  { value: 'returned_to_uscis', label: 'The consulate sent it back to USCIS for review' },
  { value: 'noir', label: 'USCIS sent a Notice of Intent to Revoke (NOIR)' },
  { value: 'revoked', label: 'USCIS revoked the approval' },
  { value: 'unknown', label: "I don't know" },
];

export const KIND_OPTIONS: Option<Draft['appKind']>[] = [
  { value: 'interview', label: 'I had an interview at a consulate or embassy' },
  { value: 'interview_waiver', label: 'I dropped off documents without an interview', hint: 'An interview waiver, sometimes called "dropbox".' },
];

export const OFFICER_OPTIONS: Option<Draft['officerSaid']>[] = [
  { value: 'approved', label: 'That the visa was approved' },
  { value: '221g', label: 'That the case needs administrative processing or more documents (221(g))' },
  { value: 'refused', label: 'That the visa was refused' },
  { value: 'nothing', label: 'Nothing clear' },
  { value: 'unknown', label: "I don't know" },
];

export const PASSPORT_OPTIONS: Option<Draft['passport']>[] = [
  { value: 'kept', label: 'The consulate kept my passport' },
  { value: 'returned', label: 'My passport was given back' },
  { value: 'unknown', label: "I don't know" },
];

export const LETTER_OPTIONS: Option<Draft['hasLetter']>[] = [
  { value: 'yes', label: 'Yes, I have a refusal letter' },
  { value: 'no', label: "I don't have a letter / I don't know" },
];

export const GROUND_OPTIONS: Option<(typeof GROUNDS)[number]>[] = GROUNDS.map((g) => ({ value: g, label: GROUND_LABELS[g] }));

export const SLIP_OPTIONS: Option<Draft['slipColor']>[] = [
  { value: 'white', label: 'White' },
  { value: 'blue', label: 'Blue' },
  { value: 'yellow', label: 'Yellow' },
  { value: 'pink', label: 'Pink' },
  { value: 'other', label: 'Another colour' },
  { value: 'unknown', label: "I don't know" },
];

const REQUEST_TEXT: Record<(typeof REQUESTS)[number], string> = {
  documents: 'Send more documents (for example an employer letter, client letters, pay records)',
  ds5535: 'Fill in Form DS-5535 (supplemental questions)',
  social_media_public: 'Make social media profiles public or list them',
  passport: 'Send in the passport',
  in_person_interview: 'Come in for an interview in person',
};
export const REQUEST_OPTIONS: Option<(typeof REQUESTS)[number]>[] = REQUESTS.map((r) => ({ value: r, label: REQUEST_TEXT[r] }));

export const MESSAGE_OPTIONS: Option<Draft['entry']['message']>[] = [
  { value: 'refused_ap_text', label: 'A longer message that mentions administrative processing' },
  { value: 'refused_short', label: 'A short message saying the visa was refused' },
  { value: '', label: "I don't remember" },
];

export const VISA_CLASS_LABEL = (v: string): string => (v === 'other' ? 'Another class' : v);

export const labelOf = <T extends string>(options: Option<T>[], value: T): string =>
  options.find((o) => o.value === value)?.label ?? value;

/** One sentence per verdict, never promising an outcome or a duration. */
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

export const SCRUBBED_MESSAGE =
  'We removed what looked like a case number, application ID or passport number. This app never keeps them.';
