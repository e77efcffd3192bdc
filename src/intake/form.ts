/**
 * The form, described once: its steps, and for every question the case-file field it fills, the
 * step that asks it, its wording, its choices, when it is asked, how it is checked and how it reads
 * on the check-answers page. The question pages, the check-answers page, validation (and so the
 * error summary), restoring a saved draft and the "what would make this surer" list all read this
 * table. A field's name (and why it matters) is the case file's, in src/rules/fields.ts.
 * Pure: no React, no DOM, no clock.
 */
import { CASE_FIELDS, type CaseFieldPath } from '../rules/fields';
import { DOCUMENTS_WINDOW, INQUIRY_AFTER_DAYS } from '../rules/parameters';
import { isImmigrantOrK, isStudent, petitionForm, petitionRule } from '../rules/groups';
import { GROUND_LABELS } from '../rules/labels';
import { dateProblem, isISODate } from '../rules/dates';
import {
  CEAC_STATUSES, DV_YEAR_MAX, DV_YEAR_MIN, GROUNDS, NOTES_MAX, POST_MAX, REQUESTS,
  type VisaClass,
} from '../rules/types';

/**
 * The visa classes as people know them, in groups, each with a plain hint where the code is not
 * self-explanatory. Every class of the case file is here, once.
 */
const CLASS_CHOICES: ReadonlyArray<{ group: string; classes: ReadonlyArray<[VisaClass, string?]> }> = [
  {
    group: 'Work visas on a petition (Form I-129)',
    classes: [
      ['H-1B', 'specialty occupation'], ['H-4', 'family of an H worker'], ['L-1A', 'intracompany manager'],
      ['L-1B', 'intracompany specialist'], ['L-2', 'family of an L worker'], ['O-1', 'extraordinary ability'],
      ['O-2', 'O-1 support staff'], ['O-3', 'family of an O worker'], ['P-1'], ['P-2'], ['P-3'], ['P-4', 'family of a P worker'],
      ['H-2A', 'seasonal farm work'], ['H-2B', 'seasonal work'], ['H-3', 'trainee'], ['Q-1', 'cultural exchange'],
      ['R-1', 'religious worker'], ['R-2', 'family of an R worker'],
    ],
  },
  {
    group: 'Visitor, student, exchange and other visas',
    classes: [
      ['B-1/B-2', 'business and tourism'], ['B-1', 'business visitor'], ['B-2', 'tourist'], ['F-1', 'student'],
      ['F-2', 'family of an F-1 student'], ['M-1', 'vocational student'], ['M-2', 'family of an M-1 student'],
      ['J-1', 'exchange visitor'], ['J-2', 'family of a J-1 exchange visitor'], ['E-1', 'treaty trader'],
      ['E-2', 'treaty investor'], ['E-3', 'Australian specialty occupation'], ['H-1B1', 'Chile or Singapore'],
      ['TN', 'Canada or Mexico professional'], ['C-1/D', 'transit and crew'], ['I', 'media'], ['other', 'another nonimmigrant visa'],
    ],
  },
  { group: 'Fiancé(e) of a U.S. citizen (Form I-129F)', classes: [['K-1', 'fiancé(e)'], ['K-2', 'child of a K-1']] },
  {
    group: 'Immigrant visas through family or employment',
    classes: [
      ['IR-CR', 'immediate relative of a U.S. citizen: IR-1 or CR-1 spouse, IR-2 or CR-2 child, IR-5 parent'],
      ['F-pref', 'family preference: F1, F2A, F2B, F3, F4'],
      ['EB', 'employment-based: EB-1 to EB-5'],
      ['IV-other', 'another immigrant visa (SB, SI, SQ ...)'],
    ],
  },
  { group: 'Diversity visa', classes: [['DV', 'the "green card lottery"']] },
];

const VISA_CLASS_OPTIONS: Option<string>[] = CLASS_CHOICES.flatMap(({ group, classes }) =>
  classes.map(([value, hint]) => ({ value, label: value === 'other' || value === 'IV-other' ? hint! : hint ? `${value}: ${hint}` : value, group })));

/** DV program years offered (newest first); a case file may hold any year the contract allows (`accepts`). */
const DV_YEAR_OPTIONS: Option<string>[] = [
  ...Array.from({ length: 16 }, (_, i) => String(2030 - i)).map((y) => ({ value: y, label: `DV-${y}` })),
  { value: 'unknown', label: "I don't know" },
];
const DV_YEARS_ACCEPTED: readonly string[] = [
  ...Array.from({ length: DV_YEAR_MAX - DV_YEAR_MIN + 1 }, (_, i) => String(DV_YEAR_MIN + i)), 'unknown',
];

/** Whether the class has a petition the form asks about (required, or optional for "another" class). */
const asksPetition = (d: Draft): boolean => d.visaClass === '' || petitionRule(d.visaClass) !== 'dropped';
import { sortedHistory, type Draft } from './draft';
import { withCommas } from '../rules/numbers';

export type StepId = 'visa' | 'interview' | 'history' | 'letter' | 'notes';
export type Page = StepId | 'review' | 'result';

export const STEPS: ReadonlyArray<{ id: StepId | 'review'; title: string }> = [
  { id: 'visa', title: 'Visa and petition' },
  { id: 'interview', title: 'Interview' },
  { id: 'history', title: 'CEAC status history' },
  { id: 'letter', title: 'Refusal letter' },
  { id: 'notes', title: 'Notes' },
  { id: 'review', title: 'Check your answers' },
];
export const QUESTION_STEPS: readonly StepId[] = ['visa', 'interview', 'history', 'letter', 'notes'];
export const PAGES: readonly Page[] = [...QUESTION_STEPS, 'review', 'result'];
export const isPage = (s: unknown): s is Page => (PAGES as readonly unknown[]).includes(s);

/** The ids of the form's error messages: a question's field id, the history editor's, or the paste box. */
export type FieldId = ScalarKey | 'grounds' | 'requests' | 'entry-status' | 'entry-seenOn' | 'entry-lastUpdated' | 'ceac-paste';
export interface FieldError { id: FieldId; message: string }

/** An option of a choice; `group` puts it under a heading (an `optgroup` of a select). */
export type Option<T extends string> = { value: T; label: string; hint?: string; group?: string };
const DONT_KNOW = "I don't know";
const NOT_PROVIDED_TEXT = 'Not provided';


export const labelOf = <T extends string>(options: readonly Option<T>[], value: T): string =>
  options.find((o) => o.value === value)?.label ?? value;

export const MESSAGE_OPTIONS: Option<Draft['entry']['message']>[] = [
  { value: 'refused_ap_text', label: 'A longer message that mentions administrative processing' },
  { value: 'refused_short', label: 'A short message saying the visa was refused' },
  { value: '', label: "I don't remember" },
];
export const STATUS_OPTIONS = CEAC_STATUSES.map((s) => ({ value: s, label: s }));

const REQUEST_TEXT: Record<(typeof REQUESTS)[number], string> = {
  documents: 'Send more documents (for example an employer letter, client letters, pay records)',
  ds5535: 'Fill in Form DS-5535 (supplemental questions)',
  social_media_public: 'Make social media profiles public or list them',
  passport: 'Send in the passport',
  in_person_interview: 'Come in for an interview in person',
};

/** The exclusive answers of a list question ("I don't know", "Nothing", "I'm not sure"), each kept as a flag in the draft. */
export type NoneKey = 'groundsUnknown' | 'requestsNothing' | 'requestsUnknown';
type ScalarKey = Exclude<keyof Draft, 'history' | 'entry' | 'grounds' | 'requests' | NoneKey>;
type ListKey = 'grounds' | 'requests';

/** A value as the check-answers page shows it. */
export type ReviewValue = { text: string } | { list: string[]; ordered?: boolean } | { pre: string };

interface Common {
  /** The case-file field this question fills (its name and "why it matters" come from there). */
  path: CaseFieldPath;
  step: StepId;
  /** The question, as the label or legend. */
  label: string;
  hint?: string;
  /** Whether the question is asked, given the answers so far (default: always). */
  asked?: (d: Draft) => boolean;
  /** The question's wording when it depends on the answers so far (the petition's form name). */
  labelFor?: (d: Draft) => string;
  /** Shown under the question that opens it (and asked only after that answer). */
  revealedBy?: 'hasLetter';
  /** Which visa classes are asked it (default: every class the form offers). */
  classes?: readonly VisaClass[];
  /** The check-answers row's words when they depend on the answers so far (like `labelFor`). */
  reviewFor?: (d: Draft) => { key: string; name: string };
  /** The row on the check-answers page: its title, and the hidden end of its "Change" link. */
  review: { key: string; name: string };
}
export type ScalarField = Common & { key: ScalarKey } & (
  | {
    control: 'select'; options: Option<string>[]; placeholder: string; required: string;
    /** Values a restored draft may hold besides the options (carried from a case file, not offered). */
    accepts?: readonly string[];
  }
  | { control: 'radios'; options: Option<string>[]; required: string; small?: boolean }
  /** `pastOnly`: must be today or earlier. `errorName` starts its messages. */
  | { control: 'date'; errorName: string; pastOnly?: boolean }
  | { control: 'text'; max: number; tooLong: string; multiline?: boolean }
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
  nones?: ReadonlyArray<{ key: NoneKey; label: string }>;
  required?: string;
  both?: string;
  /** What the check-answers page says when nothing is ticked and no answer of its own is chosen. */
  emptyText: string;
};
export type HistoryField = Common & { key: 'history'; control: 'history' };
export type FormField = ScalarField | ListField | HistoryField;

/** The letter's details: asked, under the letter question, once the user says they have one. */
const letterDetail = { asked: (d: Draft) => d.hasLetter === 'yes', revealedBy: 'hasLetter' } as const;

export const FIELDS: readonly FormField[] = [
  {
    key: 'visaClass', path: 'visaClass', step: 'visa', control: 'select',
    label: 'Visa class',
    hint: 'The class on your appointment or your petition, for example B-2, F-1, H-1B or IR-CR. Family members choose their own class, for example H-4.',
    placeholder: 'Choose a visa class',
    options: VISA_CLASS_OPTIONS,
    required: 'Select the visa class you applied for',
    review: { key: 'Visa class', name: 'visa class' },
  },
  {
    key: 'petitionStatus', path: 'petition.status', step: 'visa', control: 'radios',
    label: 'What is happening with the petition?',
    labelFor: (d) => `What is happening with the petition (${d.visaClass ? petitionForm(d.visaClass) : 'Form I-129'})?`,
    hint: "Family members: answer for the main applicant's petition.",
    asked: asksPetition,
    options: [
      { value: 'approved', label: 'Approved (I have an I-797 approval notice)' },
      { value: 'returned_to_uscis', label: 'The consulate sent it back to USCIS for review' },
      { value: 'noir', label: 'USCIS sent a Notice of Intent to Revoke (NOIR)' },
      { value: 'revoked', label: 'USCIS revoked the approval' },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: 'Select what is happening with the petition, or "I don\'t know"',
    review: { key: 'Petition', name: 'petition' },
  },
  {
    key: 'validUntil', path: 'petition.validUntil', step: 'visa', control: 'date',
    label: 'Petition end date (optional)',
    hint: 'The "valid to" date on the approval notice (Form I-797), if it has one.',
    asked: asksPetition,
    errorName: 'The petition end date',
    review: { key: 'Petition end date', name: 'petition end date' },
  },
  {
    key: 'programStart', path: 'program.startDate', step: 'visa', control: 'date',
    label: 'Program start date (optional)',
    hint: 'The start date on your Form I-20 (F and M) or DS-2019 (J). It shows whether the visa can still come in time.',
    asked: (d) => d.visaClass !== '' && isStudent(d.visaClass),
    errorName: 'The program start date',
    review: { key: 'Program start date', name: 'program start date' },
  },
  {
    key: 'dvYear', path: 'dv.programYear', step: 'visa', control: 'select',
    label: 'DV program year',
    hint: 'The year in the program\u2019s name on your selection letter, for example DV-2026. No DV visa can be issued after 30 September of that year.',
    asked: (d) => d.visaClass === 'DV',
    placeholder: 'Choose the DV year',
    options: DV_YEAR_OPTIONS,
    accepts: DV_YEARS_ACCEPTED,
    required: 'Select the DV program year, or "I don\'t know"',
    review: { key: 'DV program year', name: 'DV program year' },
  },
  {
    key: 'appKind', path: 'application.kind', step: 'interview', control: 'radios',
    label: 'How did you apply?',
    options: [
      { value: 'interview', label: 'I had an interview at a consulate or embassy' },
      { value: 'interview_waiver', label: 'I dropped off documents without an interview', hint: 'An interview waiver, sometimes called "dropbox".' },
    ],
    required: 'Select whether you had an interview or used an interview waiver',
    // Fiancé(e) and immigrant visas are always decided at an interview: not asked.
    asked: (d) => d.visaClass === '' || !isImmigrantOrK(d.visaClass),
    review: { key: 'How you applied', name: 'how you applied' },
  },
  {
    key: 'appDate', path: 'application.date', step: 'interview', control: 'date',
    label: 'Date of the interview or document drop-off (optional)',
    // Fiancé(e) and immigrant visas have no drop-off: they are always decided at an interview.
    labelFor: (d) => (d.visaClass !== '' && isImmigrantOrK(d.visaClass) ? 'Date of the interview (optional)' : 'Date of the interview or document drop-off (optional)'),
    hint: `The ${INQUIRY_AFTER_DAYS}-day and ${DOCUMENTS_WINDOW.adjective} dates count from it.`,
    errorName: 'The date',
    review: { key: 'Interview or drop-off date', name: 'interview or drop-off date' },
    reviewFor: (d) => (d.visaClass !== '' && isImmigrantOrK(d.visaClass) ? { key: 'Interview date', name: 'interview date' } : { key: 'Interview or drop-off date', name: 'interview or drop-off date' }),
  },
  {
    key: 'post', path: 'application.post', step: 'interview', control: 'text',
    label: 'Consulate or embassy (optional)',
    hint: 'The city is enough, for example Chennai. Do not enter names, case numbers or passport numbers.',
    max: POST_MAX,
    tooLong: `The consulate or embassy must be ${POST_MAX} characters or fewer`,
    review: { key: 'Consulate or embassy', name: 'consulate or embassy' },
  },
  {
    key: 'officerSaid', path: 'application.officerSaid', step: 'interview', control: 'radios',
    label: 'What did the officer tell you at the end of the interview?',
    // After an interview: always for fiancé(e) and immigrant visas, which are decided at one.
    asked: (d) => d.appKind === 'interview' || (d.visaClass !== '' && isImmigrantOrK(d.visaClass)),
    options: [
      { value: 'approved', label: 'That the visa was approved' },
      { value: '221g_documents', label: 'That they need more documents from me (221(g))' },
      { value: '221g_ap', label: 'That the case needs more checks: administrative processing (221(g))' },
      { value: '221g', label: 'That it is 221(g), but I am not sure whether for documents or for checks' },
      { value: 'refused', label: 'That the visa was refused' },
      { value: 'nothing', label: 'Nothing clear' },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: 'Select what the officer told you, or "I don\'t know"',
    review: { key: 'What the officer said', name: 'what the officer said' },
  },
  {
    key: 'passport', path: 'application.passport', step: 'interview', control: 'radios',
    label: 'Was your passport kept or given back?',
    options: [
      { value: 'kept', label: 'The consulate kept my passport' },
      { value: 'returned', label: 'My passport was given back' },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: 'Select whether the passport was kept or returned, or "I don\'t know"',
    review: { key: 'Passport', name: 'passport' },
  },
  {
    key: 'history', path: 'ceacHistory', step: 'history', control: 'history',
    label: 'Statuses you saw',
    review: { key: 'Statuses seen', name: 'CEAC status history' },
  },
  {
    key: 'hasLetter', path: 'refusal', step: 'letter', control: 'radios',
    label: 'Do you have a refusal letter?',
    hint: 'At the end of the interview, or later by email, the officer may give a letter (often called a slip) that names a section of the law.',
    options: [
      { value: 'yes', label: 'Yes, I have a refusal letter' },
      { value: 'no', label: "I don't have a letter / I don't know" },
    ],
    required: 'Select whether you have a refusal letter, or "I don\'t have a letter / I don\'t know"',
    review: { key: 'Refusal letter', name: 'refusal letter' },
  },
  {
    key: 'refusedOn', path: 'refusal.refusedOn', step: 'letter', control: 'date', ...letterDetail, pastOnly: true,
    label: 'Date on the letter (optional)',
    hint: 'If it is empty, the interview or drop-off date is used.',
    errorName: 'The date on the letter',
    review: { key: 'Date on the letter', name: 'date on the letter' },
  },
  {
    key: 'grounds', path: 'refusal.grounds', step: 'letter', control: 'checkboxes', ...letterDetail,
    label: 'Which sections of the law does the letter name?',
    hint: 'Tick every section named on the letter.',
    options: GROUNDS.map((g) => ({ value: g, label: GROUND_LABELS[g] })),
    nones: [{ key: 'groundsUnknown', label: DONT_KNOW }],
    required: 'Select the section or sections named on the letter, or "I don\'t know"',
    both: 'Select the sections on the letter or "I don\'t know", not both',
    emptyText: DONT_KNOW,
    review: { key: 'Sections named', name: 'sections named' },
  },
  {
    key: 'slipColor', path: 'refusal.slipColor', step: 'letter', control: 'radios', ...letterDetail, small: true,
    label: 'What colour is the letter?',
    hint: 'Only a hint: colours vary by post and are not official. The section named on the letter is what counts.',
    options: [
      { value: 'white', label: 'White' },
      { value: 'blue', label: 'Blue' },
      { value: 'yellow', label: 'Yellow' },
      { value: 'pink', label: 'Pink' },
      { value: 'other', label: 'Another colour' },
      { value: 'unknown', label: DONT_KNOW },
    ],
    required: 'Select the colour of the letter, or "I don\'t know"',
    review: { key: 'Letter colour', name: 'letter colour' },
  },
  {
    key: 'requests', path: 'refusal.requests', step: 'letter', control: 'checkboxes', ...letterDetail,
    label: 'What does the letter ask you to do?',
    hint: 'Tick everything it asks for. A letter that asks for your passport usually means the visa is ready to be printed: send it as the letter says.',
    options: REQUESTS.map((r) => ({ value: r, label: REQUEST_TEXT[r] })),
    nones: [
      { key: 'requestsNothing', label: 'Nothing: the letter asks for nothing' },
      { key: 'requestsUnknown', label: "I'm not sure" },
    ],
    required: 'Select what the letter asks you to do, or "Nothing", or "I\'m not sure"',
    both: 'Select what the letter asks for, or "Nothing", or "I\'m not sure": only one kind of answer',
    emptyText: NOT_PROVIDED_TEXT,
    review: { key: 'Asked for', name: 'what the letter asked for' },
  },
  {
    key: 'respondedOn', path: 'refusal.respondedOn', step: 'letter', control: 'date', ...letterDetail, pastOnly: true,
    label: 'Day you sent what was asked for (optional)',
    hint: 'Leave empty if you have not sent it yet.',
    errorName: 'The day you sent what was asked for',
    review: { key: 'Sent on', name: 'day you sent what was asked for' },
  },
  {
    key: 'notes', path: 'notes', step: 'notes', control: 'text', multiline: true,
    label: 'Notes (optional)',
    hint: 'Anything to keep with this case, for example what the letter asked for, in your own words. Do not enter names, case numbers or passport numbers.',
    max: NOTES_MAX,
    tooLong: `The note must be ${withCommas(NOTES_MAX)} characters or fewer`,
    review: { key: 'Notes', name: 'notes' },
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
export function formTarget(path: string): { step: StepId; focus: string; name: string } | undefined {
  const f = FIELDS.find((x) => x.path === path);
  if (!f) return undefined;
  return { step: f.step, focus: focusId(f.revealedBy ? byKey(f.revealedBy) : f), name: CASE_FIELDS[f.path].name };
}

/** The id of the control a link to the question focuses (the history's: its status box). */
export const focusId = (f: FormField): string => (f.control === 'history' ? 'entry-status' : f.key);

// ---- checking a step (on Continue, as GOV.UK does; never on blur) ----

/** The problem with one question's answer, in words for the person filling in the form. */
export function problemWith(f: FormField, d: Draft, today: string): string | undefined {
  switch (f.control) {
    case 'select':
    case 'radios':
      return d[f.key] ? undefined : f.required;
    case 'date': {
      const v = d[f.key];
      if (v && !isISODate(v)) return `${f.errorName}: ${dateProblem(v)}`;
      if (v && f.pastOnly && v > today) return `${f.errorName} must be today or earlier`;
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

const NOT_PROVIDED = NOT_PROVIDED_TEXT;
const dateText = (s: string, formatDate: (d: string) => string) => (isISODate(s) ? formatDate(s) : NOT_PROVIDED);

/** How an answer reads on the check-answers page. `formatDate` is the page's date format. */
export function reviewValue(f: FormField, d: Draft, formatDate: (iso: string) => string): ReviewValue {
  switch (f.control) {
    case 'select':
    case 'radios': {
      const v = d[f.key];
      return { text: v ? labelOf(f.options, v) : NOT_PROVIDED };
    }
    case 'date':
      return { text: dateText(d[f.key], formatDate) };
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
      if (!rows.length) return { text: 'None added' };
      return {
        ordered: true,
        list: sortedHistory(rows).map((r) =>
          `${r.status || 'No status'}, seen on ${dateText(r.seenOn, formatDate)}`
          + (r.lastUpdated ? ` (Case Last Updated ${dateText(r.lastUpdated, formatDate)})` : '')
          + (r.status === 'Refused' && r.message ? `; ${labelOf(MESSAGE_OPTIONS, r.message).toLowerCase()}` : '')),
      };
    }
  }
}

export const SCRUBBED_MESSAGE =
  'We removed what looked like a case number, application ID or passport number. This app never keeps them.';
