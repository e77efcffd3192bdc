/**
 * The form, described once: its steps, and for every question the case-file field it fills, the
 * step that asks it, its wording, its choices, when it is asked, how it is checked and how it reads
 * on the check-answers page. The question pages, the check-answers page, validation (and so the
 * error summary), restoring a saved draft and the "what would make this surer" list all read this
 * table. Each field fills a field of the case file (src/rules/fields.ts); the form names it in its
 * own words (`name`, the same English as the case file's).
 *
 * Every text is a message (src/i18n/text.ts): an id whose English is in src/locales/en/form.json,
 * with its values, shown by the page in its language. A plain string is not a message: a code that
 * reads the same in every language (a visa class, "DV-2026"), a CEAC status name (English on purpose)
 * or what the person typed.
 * Pure: no React, no DOM, no clock.
 */
import { DOCUMENTS_WINDOW_YEARS, INQUIRY_AFTER_DAYS } from '../rules/parameters';
import { isImmigrantOrK, isStudent, petitionFormOf, petitionRule, type PetitionFormKind } from '../rules/groups';
import { GROUND_LABEL_MESSAGES } from '../rules/labels';
import { clip, isISODate, looksDayMonth } from '../rules/dates';
import {
  CEAC_STATUSES, DV_YEAR_MAX, DV_YEAR_MIN, GROUNDS, NOTES_MAX, POST_MAX, REQUESTS,
  type VisaClass,
} from '../rules/types';
import type { CaseFieldPath } from '../rules/fields';
import { day, text, type Text } from '../i18n/text';
import { sortedHistory, type Draft } from './draft';

/** A class's option: "CODE: hint" (one message, so that a language can change the punctuation). */
const classOption = (code: VisaClass, hint: Text): Text => text(/*i18n*/ 'form.class.option', { code, hint });

/**
 * The visa classes as people know them, in groups, each with a plain hint where the code is not
 * self-explanatory. Every class of the case file is here, once. The label is the code and its hint,
 * the code alone when there is no hint, and only the hint for the "another ..." classes.
 */
const CLASS_CHOICES: ReadonlyArray<{ group: Text; classes: ReadonlyArray<[VisaClass, (Text | string)]> }> = [
  {
    group: text(/*i18n*/ 'form.class.group.work'),
    classes: [
      ['H-1B', classOption('H-1B', text(/*i18n*/ 'form.class.h1b'))],
      ['H-4', classOption('H-4', text(/*i18n*/ 'form.class.h4'))],
      ['L-1A', classOption('L-1A', text(/*i18n*/ 'form.class.l1a'))],
      ['L-1B', classOption('L-1B', text(/*i18n*/ 'form.class.l1b'))],
      ['L-2', classOption('L-2', text(/*i18n*/ 'form.class.l2'))],
      ['O-1', classOption('O-1', text(/*i18n*/ 'form.class.o1'))],
      ['O-2', classOption('O-2', text(/*i18n*/ 'form.class.o2'))],
      ['O-3', classOption('O-3', text(/*i18n*/ 'form.class.o3'))],
      ['P-1', 'P-1'], ['P-2', 'P-2'], ['P-3', 'P-3'],
      ['P-4', classOption('P-4', text(/*i18n*/ 'form.class.p4'))],
      ['H-2A', classOption('H-2A', text(/*i18n*/ 'form.class.h2a'))],
      ['H-2B', classOption('H-2B', text(/*i18n*/ 'form.class.h2b'))],
      ['H-3', classOption('H-3', text(/*i18n*/ 'form.class.h3'))],
      ['Q-1', classOption('Q-1', text(/*i18n*/ 'form.class.q1'))],
      ['R-1', classOption('R-1', text(/*i18n*/ 'form.class.r1'))],
      ['R-2', classOption('R-2', text(/*i18n*/ 'form.class.r2'))],
    ],
  },
  {
    group: text(/*i18n*/ 'form.class.group.visitor'),
    classes: [
      ['B-1/B-2', classOption('B-1/B-2', text(/*i18n*/ 'form.class.b1b2'))],
      ['B-1', classOption('B-1', text(/*i18n*/ 'form.class.b1'))],
      ['B-2', classOption('B-2', text(/*i18n*/ 'form.class.b2'))],
      ['F-1', classOption('F-1', text(/*i18n*/ 'form.class.f1'))],
      ['F-2', classOption('F-2', text(/*i18n*/ 'form.class.f2'))],
      ['M-1', classOption('M-1', text(/*i18n*/ 'form.class.m1'))],
      ['M-2', classOption('M-2', text(/*i18n*/ 'form.class.m2'))],
      ['J-1', classOption('J-1', text(/*i18n*/ 'form.class.j1'))],
      ['J-2', classOption('J-2', text(/*i18n*/ 'form.class.j2'))],
      ['E-1', classOption('E-1', text(/*i18n*/ 'form.class.e1'))],
      ['E-2', classOption('E-2', text(/*i18n*/ 'form.class.e2'))],
      ['E-3', classOption('E-3', text(/*i18n*/ 'form.class.e3'))],
      ['H-1B1', classOption('H-1B1', text(/*i18n*/ 'form.class.h1b1'))],
      ['TN', classOption('TN', text(/*i18n*/ 'form.class.tn'))],
      ['C-1/D', classOption('C-1/D', text(/*i18n*/ 'form.class.c1d'))],
      ['I', classOption('I', text(/*i18n*/ 'form.class.i'))],
      ['other', text(/*i18n*/ 'form.class.other')],
    ],
  },
  {
    group: text(/*i18n*/ 'form.class.group.fiance'),
    classes: [
      ['K-1', classOption('K-1', text(/*i18n*/ 'form.class.k1'))],
      ['K-2', classOption('K-2', text(/*i18n*/ 'form.class.k2'))],
    ],
  },
  {
    group: text(/*i18n*/ 'form.class.group.immigrant'),
    classes: [
      ['IR-CR', classOption('IR-CR', text(/*i18n*/ 'form.class.irCr'))],
      ['F-pref', classOption('F-pref', text(/*i18n*/ 'form.class.fPref'))],
      ['EB', classOption('EB', text(/*i18n*/ 'form.class.eb'))],
      ['IV-other', text(/*i18n*/ 'form.class.ivOther')],
    ],
  },
  { group: text(/*i18n*/ 'form.class.group.dv'), classes: [['DV', classOption('DV', text(/*i18n*/ 'form.class.dv'))]] },
];

const VISA_CLASS_OPTIONS: Option<string>[] = CLASS_CHOICES.flatMap(({ group, classes }) =>
  classes.map(([value, label]) => ({ value, label, group })));

const DONT_KNOW = text(/*i18n*/ 'form.dontKnow');
const NOT_PROVIDED = text(/*i18n*/ 'form.review.notProvided');

/** DV program years offered (newest first); a case file may hold any year the contract allows (`accepts`). */
const DV_YEAR_OPTIONS: Option<string>[] = [
  ...Array.from({ length: 16 }, (_, i) => String(2030 - i)).map((y) => ({ value: y, label: `DV-${y}` })),
  { value: 'unknown', label: DONT_KNOW },
];
const DV_YEARS_ACCEPTED: readonly string[] = [
  ...Array.from({ length: DV_YEAR_MAX - DV_YEAR_MIN + 1 }, (_, i) => String(DV_YEAR_MIN + i)), 'unknown',
];

/** Whether the class has a petition the form asks about (required, or optional for "another" class). */
const asksPetition = (d: Draft): boolean => d.visaClass === '' || petitionRule(d.visaClass) !== 'dropped';

/** The petition's form, as the applicant knows it (src/rules/groups.ts `petitionFormOf`). */
const PETITION_FORM_TEXTS: Readonly<Record<PetitionFormKind, Text>> = {
  i129: text(/*i18n*/ 'form.petitionForm.i129'),
  i129f: text(/*i18n*/ 'form.petitionForm.i129f'),
  i130: text(/*i18n*/ 'form.petitionForm.i130'),
  employment: text(/*i18n*/ 'form.petitionForm.eb'),
};

/** None for "another immigrant visa", whose question then names no form. */
function petitionFormText(c: VisaClass): Text | undefined {
  const kind = petitionFormOf(c);
  return kind ? PETITION_FORM_TEXTS[kind] : undefined;
}

export type StepId = 'visa' | 'interview' | 'history' | 'letter' | 'notes';
export type Page = StepId | 'review' | 'result';

export const STEPS: ReadonlyArray<{ id: StepId | 'review'; title: Text }> = [
  { id: 'visa', title: text(/*i18n*/ 'form.step.visa') },
  { id: 'interview', title: text(/*i18n*/ 'form.step.interview') },
  { id: 'history', title: text(/*i18n*/ 'form.step.history') },
  { id: 'letter', title: text(/*i18n*/ 'form.step.letter') },
  { id: 'notes', title: text(/*i18n*/ 'form.step.notes') },
  { id: 'review', title: text(/*i18n*/ 'form.step.review') },
];
export const QUESTION_STEPS: readonly StepId[] = ['visa', 'interview', 'history', 'letter', 'notes'];
export const PAGES: readonly Page[] = [...QUESTION_STEPS, 'review', 'result'];
export const isPage = (s: unknown): s is Page => (PAGES as readonly unknown[]).includes(s);

/** The ids of the form's error messages: a question's field id, the history editor's, or the paste box. */
export type FieldId = ScalarKey | 'grounds' | 'requests' | 'entry-status' | 'entry-seenOn' | 'entry-lastUpdated' | 'ceac-paste';
export interface FieldError { id: FieldId; message: Text }

/**
 * An option of a choice; `group` puts it under a heading (an `optgroup` of a select). A label that
 * is a plain string reads the same in every language (a code); `lang: 'en'` marks one that stays
 * English on purpose (a CEAC status name).
 */
export type Option<T extends string> = { value: T; label: Text | string; hint?: Text; group?: Text; lang?: 'en' };

export const labelOf = <T extends string>(options: readonly Option<T>[], value: T): Text | string =>
  options.find((o) => o.value === value)?.label ?? value;

export const MESSAGE_OPTIONS: Option<Draft['entry']['message']>[] = [
  { value: 'refused_ap_text', label: text(/*i18n*/ 'form.ceacMessage.refusedApText') },
  { value: 'refused_short', label: text(/*i18n*/ 'form.ceacMessage.refusedShort') },
  { value: '', label: text(/*i18n*/ 'form.ceacMessage.dontRemember') },
];
/** CEAC's status names, in English as CEAC shows them (the page compares them with the CEAC page). */
export const STATUS_OPTIONS = CEAC_STATUSES.map((s) => ({ value: s, label: s, lang: 'en' as const }));

const REQUEST_TEXT: Record<(typeof REQUESTS)[number], Text> = {
  documents: text(/*i18n*/ 'form.requests.documents'),
  ds5535: text(/*i18n*/ 'form.requests.ds5535'),
  social_media_public: text(/*i18n*/ 'form.requests.socialMediaPublic'),
  passport: text(/*i18n*/ 'form.requests.passport'),
  in_person_interview: text(/*i18n*/ 'form.requests.inPersonInterview'),
};

/** The exclusive answers of a list question ("I don't know", "Nothing", "I'm not sure"), each kept as a flag in the draft. */
export type NoneKey = 'groundsUnknown' | 'requestsNothing' | 'requestsUnknown';
type ScalarKey = Exclude<keyof Draft, 'history' | 'entry' | 'grounds' | 'requests' | NoneKey>;
type ListKey = 'grounds' | 'requests';

/**
 * A value as the check-answers page shows it: messages, or plain strings shown as they are (what the
 * person typed, a code).
 */
export type ReviewValue = { text: Text | string } | { list: Array<Text | string>; ordered?: boolean } | { pre: string };

interface Common {
  /** The case-file field this question fills. */
  path: CaseFieldPath;
  /** The field's name as a sentence starts it (the case file's name, in the form's messages). */
  name: Text;
  step: StepId;
  /** The question, as the label or legend. */
  label: Text;
  hint?: Text;
  /** Whether the question is asked, given the answers so far (default: always). */
  asked?: (d: Draft) => boolean;
  /** The question's wording when it depends on the answers so far (the petition's form name). */
  labelFor?: (d: Draft) => Text;
  /** Shown under the question that opens it (and asked only after that answer). */
  revealedBy?: 'hasLetter';
  /** Which visa classes are asked it (default: every class the form offers). */
  classes?: readonly VisaClass[];
  /** The check-answers row's words when they depend on the answers so far (like `labelFor`). */
  reviewFor?: (d: Draft) => { key: Text; name: Text };
  /** The row on the check-answers page: its title, and the hidden end of its "Change" link. */
  review: { key: Text; name: Text };
}
export type ScalarField = Common & { key: ScalarKey } & (
  | {
    control: 'select'; options: Option<string>[]; placeholder: Text; required: Text;
    /** Values a restored draft may hold besides the options (carried from a case file, not offered). */
    accepts?: readonly string[];
  }
  | { control: 'radios'; options: Option<string>[]; required: Text; small?: boolean }
  /** `pastOnly`: must be today or earlier. `errorName` starts its messages. */
  | { control: 'date'; errorName: Text; pastOnly?: boolean }
  | { control: 'text'; max: number; tooLong: Text; multiline?: boolean }
);
export type ListField = Common & {
  key: ListKey;
  control: 'checkboxes';
  options: Option<string>[];
  /**
   * Answers of their own, each excluding the ticks and the others ("I don't know"; "Nothing" and
   * "I'm not sure"). With them the question must be answered: `required` when nothing is chosen,
   * `both` when a tick and one of them (or two of them) are chosen.
   */
  nones?: ReadonlyArray<{ key: NoneKey; label: Text }>;
  required?: Text;
  both?: Text;
  /** What the check-answers page says when nothing is ticked and no answer of its own is chosen. */
  emptyText: Text;
};
export type HistoryField = Common & { key: 'history'; control: 'history' };
export type FormField = ScalarField | ListField | HistoryField;

/** The letter's details: asked, under the letter question, once the user says they have one. */
const letterDetail = { asked: (d: Draft) => d.hasLetter === 'yes', revealedBy: 'hasLetter' } as const;

/** Whether the class is decided at an interview only (fiancé(e) and immigrant visas: no drop-off). */
const interviewOnly = (d: Draft): boolean => d.visaClass !== '' && isImmigrantOrK(d.visaClass);

export const FIELDS: readonly FormField[] = [
  {
    key: 'visaClass', path: 'visaClass', name: text(/*i18n*/ 'form.field.visaClass'), step: 'visa', control: 'select',
    label: text(/*i18n*/ 'form.visaClass.label'),
    hint: text(/*i18n*/ 'form.visaClass.hint'),
    placeholder: text(/*i18n*/ 'form.visaClass.placeholder'),
    options: VISA_CLASS_OPTIONS,
    required: text(/*i18n*/ 'form.visaClass.required'),
    review: { key: text(/*i18n*/ 'form.visaClass.reviewKey'), name: text(/*i18n*/ 'form.visaClass.reviewName') },
  },
  {
    key: 'petitionStatus', path: 'petition.status', name: text(/*i18n*/ 'form.field.petition.status'), step: 'visa', control: 'radios',
    label: text(/*i18n*/ 'form.petitionStatus.label'),
    labelFor: (d) => {
      const form = d.visaClass ? petitionFormText(d.visaClass) : text(/*i18n*/ 'form.petitionForm.i129');
      return form ? text(/*i18n*/ 'form.petitionStatus.labelFor', { form }) : text(/*i18n*/ 'form.petitionStatus.label');
    },
    hint: text(/*i18n*/ 'form.petitionStatus.hint'),
    asked: asksPetition,
    options: [
      { value: 'approved', label: text(/*i18n*/ 'form.petitionStatus.approved') },
      { value: 'returned_to_uscis', label: text(/*i18n*/ 'form.petitionStatus.returnedToUscis') },
      { value: 'noir', label: text(/*i18n*/ 'form.petitionStatus.noir') },
      { value: 'revoked', label: text(/*i18n*/ 'form.petitionStatus.revoked') },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: text(/*i18n*/ 'form.petitionStatus.required'),
    review: { key: text(/*i18n*/ 'form.petitionStatus.reviewKey'), name: text(/*i18n*/ 'form.petitionStatus.reviewName') },
  },
  {
    key: 'validUntil', path: 'petition.validUntil', name: text(/*i18n*/ 'form.field.petition.validUntil'), step: 'visa', control: 'date',
    label: text(/*i18n*/ 'form.validUntil.label'),
    hint: text(/*i18n*/ 'form.validUntil.hint'),
    asked: asksPetition,
    errorName: text(/*i18n*/ 'form.validUntil.errorName'),
    review: { key: text(/*i18n*/ 'form.validUntil.reviewKey'), name: text(/*i18n*/ 'form.validUntil.reviewName') },
  },
  {
    key: 'programStart', path: 'program.startDate', name: text(/*i18n*/ 'form.field.program.startDate'), step: 'visa', control: 'date',
    label: text(/*i18n*/ 'form.programStart.label'),
    hint: text(/*i18n*/ 'form.programStart.hint'),
    asked: (d) => d.visaClass !== '' && isStudent(d.visaClass),
    errorName: text(/*i18n*/ 'form.programStart.errorName'),
    review: { key: text(/*i18n*/ 'form.programStart.reviewKey'), name: text(/*i18n*/ 'form.programStart.reviewName') },
  },
  {
    key: 'dvYear', path: 'dv.programYear', name: text(/*i18n*/ 'form.field.dv.programYear'), step: 'visa', control: 'select',
    label: text(/*i18n*/ 'form.dvYear.label'),
    hint: text(/*i18n*/ 'form.dvYear.hint'),
    asked: (d) => d.visaClass === 'DV',
    placeholder: text(/*i18n*/ 'form.dvYear.placeholder'),
    options: DV_YEAR_OPTIONS,
    accepts: DV_YEARS_ACCEPTED,
    required: text(/*i18n*/ 'form.dvYear.required'),
    review: { key: text(/*i18n*/ 'form.dvYear.reviewKey'), name: text(/*i18n*/ 'form.dvYear.reviewName') },
  },
  {
    key: 'appKind', path: 'application.kind', name: text(/*i18n*/ 'form.field.application.kind'), step: 'interview', control: 'radios',
    label: text(/*i18n*/ 'form.appKind.label'),
    options: [
      { value: 'interview', label: text(/*i18n*/ 'form.appKind.interview') },
      { value: 'interview_waiver', label: text(/*i18n*/ 'form.appKind.interviewWaiver'), hint: text(/*i18n*/ 'form.appKind.interviewWaiverHint') },
    ],
    required: text(/*i18n*/ 'form.appKind.required'),
    // Fiancé(e) and immigrant visas are always decided at an interview: not asked.
    asked: (d) => !interviewOnly(d),
    review: { key: text(/*i18n*/ 'form.appKind.reviewKey'), name: text(/*i18n*/ 'form.appKind.reviewName') },
  },
  {
    key: 'appDate', path: 'application.date', name: text(/*i18n*/ 'form.field.application.date'), step: 'interview', control: 'date',
    label: text(/*i18n*/ 'form.appDate.label'),
    // Fiancé(e) and immigrant visas have no drop-off: they are always decided at an interview.
    labelFor: (d) => (interviewOnly(d) ? text(/*i18n*/ 'form.appDate.labelInterview') : text(/*i18n*/ 'form.appDate.label')),
    hint: text(/*i18n*/ 'form.appDate.hint', { days: INQUIRY_AFTER_DAYS, years: DOCUMENTS_WINDOW_YEARS }),
    errorName: text(/*i18n*/ 'form.appDate.errorName'),
    review: { key: text(/*i18n*/ 'form.appDate.reviewKey'), name: text(/*i18n*/ 'form.appDate.reviewName') },
    reviewFor: (d) => (interviewOnly(d)
      ? { key: text(/*i18n*/ 'form.appDate.reviewKeyInterview'), name: text(/*i18n*/ 'form.appDate.reviewNameInterview') }
      : { key: text(/*i18n*/ 'form.appDate.reviewKey'), name: text(/*i18n*/ 'form.appDate.reviewName') }),
  },
  {
    key: 'post', path: 'application.post', name: text(/*i18n*/ 'form.field.application.post'), step: 'interview', control: 'text',
    label: text(/*i18n*/ 'form.post.label'),
    hint: text(/*i18n*/ 'form.post.hint'),
    max: POST_MAX,
    tooLong: text(/*i18n*/ 'form.post.tooLong', { max: POST_MAX }),
    review: { key: text(/*i18n*/ 'form.post.reviewKey'), name: text(/*i18n*/ 'form.post.reviewName') },
  },
  {
    key: 'officerSaid', path: 'application.officerSaid', name: text(/*i18n*/ 'form.field.application.officerSaid'), step: 'interview', control: 'radios',
    label: text(/*i18n*/ 'form.officerSaid.label'),
    // After an interview: always for fiancé(e) and immigrant visas, which are decided at one.
    asked: (d) => d.appKind === 'interview' || interviewOnly(d),
    options: [
      { value: 'approved', label: text(/*i18n*/ 'form.officerSaid.approved') },
      { value: '221g_documents', label: text(/*i18n*/ 'form.officerSaid.221gDocuments') },
      { value: '221g_ap', label: text(/*i18n*/ 'form.officerSaid.221gAp') },
      { value: '221g', label: text(/*i18n*/ 'form.officerSaid.221g') },
      { value: 'refused', label: text(/*i18n*/ 'form.officerSaid.refused') },
      { value: 'nothing', label: text(/*i18n*/ 'form.officerSaid.nothing') },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: text(/*i18n*/ 'form.officerSaid.required'),
    review: { key: text(/*i18n*/ 'form.officerSaid.reviewKey'), name: text(/*i18n*/ 'form.officerSaid.reviewName') },
  },
  {
    key: 'passport', path: 'application.passport', name: text(/*i18n*/ 'form.field.application.passport'), step: 'interview', control: 'radios',
    label: text(/*i18n*/ 'form.passport.label'),
    options: [
      { value: 'kept', label: text(/*i18n*/ 'form.passport.kept') },
      { value: 'returned', label: text(/*i18n*/ 'form.passport.returned') },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: text(/*i18n*/ 'form.passport.required'),
    review: { key: text(/*i18n*/ 'form.passport.reviewKey'), name: text(/*i18n*/ 'form.passport.reviewName') },
  },
  {
    key: 'history', path: 'ceacHistory', name: text(/*i18n*/ 'form.field.ceacHistory'), step: 'history', control: 'history',
    label: text(/*i18n*/ 'form.history.label'),
    review: { key: text(/*i18n*/ 'form.history.reviewKey'), name: text(/*i18n*/ 'form.history.reviewName') },
  },
  {
    key: 'hasLetter', path: 'refusal', name: text(/*i18n*/ 'form.field.refusal'), step: 'letter', control: 'radios',
    label: text(/*i18n*/ 'form.hasLetter.label'),
    hint: text(/*i18n*/ 'form.hasLetter.hint'),
    options: [
      { value: 'yes', label: text(/*i18n*/ 'form.hasLetter.yes') },
      { value: 'no', label: text(/*i18n*/ 'form.hasLetter.no') },
    ],
    required: text(/*i18n*/ 'form.hasLetter.required'),
    review: { key: text(/*i18n*/ 'form.hasLetter.reviewKey'), name: text(/*i18n*/ 'form.hasLetter.reviewName') },
  },
  {
    key: 'refusedOn', path: 'refusal.refusedOn', name: text(/*i18n*/ 'form.field.refusal.refusedOn'), step: 'letter', control: 'date', ...letterDetail, pastOnly: true,
    label: text(/*i18n*/ 'form.refusedOn.label'),
    hint: text(/*i18n*/ 'form.refusedOn.hint'),
    errorName: text(/*i18n*/ 'form.refusedOn.errorName'),
    review: { key: text(/*i18n*/ 'form.refusedOn.reviewKey'), name: text(/*i18n*/ 'form.refusedOn.reviewName') },
  },
  {
    key: 'grounds', path: 'refusal.grounds', name: text(/*i18n*/ 'form.field.refusal.grounds'), step: 'letter', control: 'checkboxes', ...letterDetail,
    label: text(/*i18n*/ 'form.grounds.label'),
    hint: text(/*i18n*/ 'form.grounds.hint'),
    // The sections' names are the rules' messages (src/rules/labels.ts), in this area's catalog.
    options: GROUNDS.map((g) => ({ value: g, label: text(GROUND_LABEL_MESSAGES[g].id) })),
    nones: [{ key: 'groundsUnknown', label: DONT_KNOW }],
    required: text(/*i18n*/ 'form.grounds.required'),
    both: text(/*i18n*/ 'form.grounds.both'),
    emptyText: DONT_KNOW,
    review: { key: text(/*i18n*/ 'form.grounds.reviewKey'), name: text(/*i18n*/ 'form.grounds.reviewName') },
  },
  {
    key: 'slipColor', path: 'refusal.slipColor', name: text(/*i18n*/ 'form.field.refusal.slipColor'), step: 'letter', control: 'radios', ...letterDetail, small: true,
    label: text(/*i18n*/ 'form.slipColor.label'),
    hint: text(/*i18n*/ 'form.slipColor.hint'),
    options: [
      { value: 'white', label: text(/*i18n*/ 'form.slipColor.white') },
      { value: 'blue', label: text(/*i18n*/ 'form.slipColor.blue') },
      { value: 'yellow', label: text(/*i18n*/ 'form.slipColor.yellow') },
      { value: 'pink', label: text(/*i18n*/ 'form.slipColor.pink') },
      { value: 'other', label: text(/*i18n*/ 'form.slipColor.other') },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: text(/*i18n*/ 'form.slipColor.required'),
    review: { key: text(/*i18n*/ 'form.slipColor.reviewKey'), name: text(/*i18n*/ 'form.slipColor.reviewName') },
  },
  {
    key: 'requests', path: 'refusal.requests', name: text(/*i18n*/ 'form.field.refusal.requests'), step: 'letter', control: 'checkboxes', ...letterDetail,
    label: text(/*i18n*/ 'form.requests.label'),
    hint: text(/*i18n*/ 'form.requests.hint'),
    options: REQUESTS.map((r) => ({ value: r, label: REQUEST_TEXT[r] })),
    nones: [
      { key: 'requestsNothing', label: text(/*i18n*/ 'form.requests.nothing') },
      { key: 'requestsUnknown', label: text(/*i18n*/ 'form.requests.notSure') },
    ],
    required: text(/*i18n*/ 'form.requests.required'),
    both: text(/*i18n*/ 'form.requests.both'),
    emptyText: NOT_PROVIDED,
    review: { key: text(/*i18n*/ 'form.requests.reviewKey'), name: text(/*i18n*/ 'form.requests.reviewName') },
  },
  {
    key: 'respondedOn', path: 'refusal.respondedOn', name: text(/*i18n*/ 'form.field.refusal.respondedOn'), step: 'letter', control: 'date', ...letterDetail, pastOnly: true,
    label: text(/*i18n*/ 'form.respondedOn.label'),
    hint: text(/*i18n*/ 'form.respondedOn.hint'),
    errorName: text(/*i18n*/ 'form.respondedOn.errorName'),
    review: { key: text(/*i18n*/ 'form.respondedOn.reviewKey'), name: text(/*i18n*/ 'form.respondedOn.reviewName') },
  },
  {
    key: 'notes', path: 'notes', name: text(/*i18n*/ 'form.field.notes'), step: 'notes', control: 'text', multiline: true,
    label: text(/*i18n*/ 'form.notes.label'),
    hint: text(/*i18n*/ 'form.notes.hint'),
    max: NOTES_MAX,
    tooLong: text(/*i18n*/ 'form.notes.tooLong', { max: NOTES_MAX }),
    review: { key: text(/*i18n*/ 'form.notes.reviewKey'), name: text(/*i18n*/ 'form.notes.reviewName') },
  },
];

export const fieldsOf = (step: StepId): FormField[] => FIELDS.filter((f) => f.step === step);

/** Whether a question holds an answer in the draft ("I don't know" counts: it was chosen). */
function answered(f: FormField, d: Draft): boolean {
  if (f.control === 'history') return d.history.length > 0;
  const v = d[f.key];
  return Array.isArray(v) ? v.length > 0 : v !== '';
}

/**
 * The answers kept in the draft but set aside because the visa class no longer asks them (a
 * petition after changing to B-2, a program start after leaving F, M and J): they are not written
 * to the case file, and they come back if a class that asks them is chosen again.
 */
export const setAside = (d: Draft): FormField[] => FIELDS.filter((f) => f.step === 'visa' || f.key === 'appKind')
  .filter((f) => !isAsked(f, d) && answered(f, d));
export const isAsked = (f: FormField, d: Draft): boolean =>
  (!f.classes || (d.visaClass !== '' && f.classes.includes(d.visaClass))) && (f.asked ? f.asked(d) : true);
const byKey = (key: FormField['key']): FormField => FIELDS.find((f) => f.key === key)!;

/**
 * Where the form asks a case-file field, for a link from the result page: the step, the id of the
 * control to focus, and the field's name. A field asked only after another answer (the letter's
 * details) links to the question that opens it.
 */
export function formTarget(path: string): { step: StepId; focus: string; name: Text } | undefined {
  const f = FIELDS.find((x) => x.path === path);
  if (!f) return undefined;
  return { step: f.step, focus: focusId(f.revealedBy ? byKey(f.revealedBy) : f), name: f.name };
}

/** The id of the control a link to the question focuses (the history's: its status box). */
export const focusId = (f: FormField): string => (f.control === 'history' ? 'entry-status' : f.key);

// ---- checking a step (on Continue, as GOV.UK does; never on blur) ----

/**
 * What is wrong with a date that is not a real YYYY-MM-DD date, for the person filling in the form:
 * `field` names the date ("The petition end date"); the words are those of `dateProblem`.
 */
export function dateProblemText(field: Text, input: string): Text {
  if (looksDayMonth(input)) return text(/*i18n*/ 'form.error.dateDayMonth', { field, input });
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return text(/*i18n*/ 'form.error.dateNotReal', { field, input });
  return text(/*i18n*/ 'form.error.dateNotDate', { field, input: clip(input) });
}

/** The problem with one question's answer, in words for the person filling in the form. */
export function problemWith(f: FormField, d: Draft, today: string): Text | undefined {
  switch (f.control) {
    case 'select':
    case 'radios':
      return d[f.key] ? undefined : f.required;
    case 'date': {
      const v = d[f.key];
      if (v && !isISODate(v)) return dateProblemText(f.errorName, v);
      if (v && f.pastOnly && v > today) return text(/*i18n*/ 'form.error.dateFuture', { field: f.errorName });
      return undefined;
    }
    case 'text':
      return d[f.key].length > f.max ? f.tooLong : undefined;
    case 'checkboxes': {
      if (!f.nones) return undefined;
      const chosen = f.nones.filter((n) => d[n.key]).length;
      if (!d[f.key].length && !chosen) return f.required;
      if ((d[f.key].length && chosen) || chosen > 1) return f.both;
      return undefined;
    }
    case 'history':
      return undefined; // checked entry by entry: validateEntry
  }
}

// ---- the check-answers page ----

/** A day as a value of a message: written for the page's language when shown. */
const dayValue = (s: string) => (isISODate(s) ? day(s) : NOT_PROVIDED);

/**
 * How an answer reads on the check-answers page. Days are values (`day`), written in the page's
 * language when shown. In a status history row, `status` is a CEAC status name (English on purpose)
 * or the message "No status".
 */
export function reviewValue(f: FormField, d: Draft): ReviewValue {
  switch (f.control) {
    case 'select':
    case 'radios': {
      const v = d[f.key];
      return { text: v ? labelOf(f.options, v) : NOT_PROVIDED };
    }
    case 'date': {
      const v = d[f.key];
      return { text: isISODate(v) ? text(/*i18n*/ 'form.review.date', { date: day(v) }) : NOT_PROVIDED };
    }
    case 'text': {
      const v = d[f.key].trim();
      return v ? (f.multiline ? { pre: v } : { text: v }) : { text: NOT_PROVIDED };
    }
    case 'checkboxes': {
      const v = d[f.key];
      const none = f.nones?.find((n) => d[n.key]);
      return v.length ? { list: v.map((x) => labelOf(f.options, x)) } : { text: none ? none.label : f.emptyText };
    }
    case 'history': {
      const rows = d.history;
      if (!rows.length) return { text: text(/*i18n*/ 'form.review.historyNone') };
      return {
        ordered: true,
        list: sortedHistory(rows).map((r) => {
          const values = {
            status: r.status || text(/*i18n*/ 'form.review.noStatus'),
            seen: dayValue(r.seenOn),
            // the Refused wording, when one was chosen: a `select` in the message
            wording: r.status === 'Refused' && r.message ? r.message : 'none',
          };
          return r.lastUpdated
            ? text(/*i18n*/ 'form.review.historyRowUpdated', { ...values, updated: dayValue(r.lastUpdated) })
            : text(/*i18n*/ 'form.review.historyRow', values);
        }),
      };
    }
  }
}

export const SCRUBBED_MESSAGE = text(/*i18n*/ 'form.scrubbed');
