/**
 * The case file's fields, described once, keyed by their path (see docs/case-file.md): each field's
 * plain name (used in parse errors, warnings and the form) and, for the fields `assess` can list as
 * missing, why the field matters. `parseCaseFile` (./schema.ts), `deriveFacts` (./facts.ts) and
 * `assess` (./assess.ts) read their texts from here.
 *
 * Each `why` is also a message (`whyMessage`, ./message.ts), so that the page can show it in its
 * language; `assess` writes its `missing` texts from the messages. A `why` without values is read from
 * its message; one with values is written out beside it, and tests/rules/structure.test.ts checks
 * that `assess` (which renders the message) gives that same English.
 *
 * A plain data module: it imports only the parameters, so the first page can load it without the
 * policy or `assess`.
 */
import type { MessageDescriptor, Msg, MsgValue } from './message';
import {
  DOCUMENTS_WINDOW, DOCUMENTS_WINDOW_YEARS, DV_DEADLINE_WORDS, DV_LAST_DAY_OF_SEPTEMBER, INQUIRY_AFTER_DAYS,
} from './parameters';

export type CaseFieldPath =
  | 'format' | 'version' | 'visaClass'
  | 'petition' | 'petition.status' | 'petition.validUntil'
  | 'application' | 'application.kind' | 'application.date' | 'application.post' | 'application.officerSaid'
  | 'application.passport'
  | 'program' | 'program.startDate' | 'dv' | 'dv.programYear'
  | 'ceacHistory' | 'ceacHistory.seenOn' | 'ceacHistory.status' | 'ceacHistory.lastUpdated' | 'ceacHistory.message'
  | 'refusal' | 'refusal.refusedOn' | 'refusal.grounds' | 'refusal.slipColor' | 'refusal.requests'
  | 'refusal.respondedOn'
  | 'notes';

export interface CaseField {
  /** The field's name as a sentence starts it ("The interview or drop-off date"). */
  readonly name: string;
  /**
   * Why the field matters, when `assess` lists it as missing. A field asked for in more than one
   * situation has one text per situation.
   */
  readonly why?: string | { readonly [situation: string]: string };
  /** `why` as a message (one per situation, as `why`). */
  readonly whyMessage?: Msg | { readonly [situation: string]: Msg };
}

/** A message with its values (./message.ts `msg`, written here so that this module imports no code). */
const withValues = (d: MessageDescriptor, values: Readonly<Record<string, MsgValue>>): Msg => ({ id: d.id, message: d.message, values });

const WHY_PETITION_STATUS: Msg = /*i18n*/ {
  id: 'rules.missing.petitionStatus',
  message: 'A petition sent back to USCIS, or a notice of intent to revoke, changes what happens next.',
};
const WHY_OFFICER_SAID: Msg = /*i18n*/ {
  id: 'rules.missing.applicationOfficerSaid',
  message: 'What the officer said at the interview helps tell administrative processing from a final refusal.',
};
const WHY_PASSPORT: Msg = /*i18n*/ {
  id: 'rules.missing.applicationPassport',
  message: 'A passport kept by the post often means the case is still being processed, not refused for good.',
};
const WHY_PROGRAM_START: Msg = /*i18n*/ {
  id: 'rules.missing.programStartDate',
  message: 'The program start date on your I-20 or DS-2019 shows whether the visa can still come in time, and when to ask about a deferral.',
};
const WHY_CEAC_HISTORY: Msg = /*i18n*/ {
  id: 'rules.missing.ceacHistory',
  message: 'The status on the CEAC page is the starting point of every answer.',
};
const WHY_GROUNDS: Msg = /*i18n*/ {
  id: 'rules.missing.refusalGrounds',
  message: 'The section named on the refusal letter (221(g), 214(b), 212(a) and so on) is what decides whether the refusal is final.',
};
const WHY_REQUESTS: Msg = /*i18n*/ {
  id: 'rules.missing.refusalRequests',
  message: 'Whether the letter asks for documents or your passport decides whether a deadline is running: answer "nothing" if it asks for nothing.',
};

export const CASE_FIELDS = {
  format: { name: 'The file type' },
  version: { name: 'The version' },
  visaClass: { name: 'The visa class' },
  petition: { name: 'The petition' },
  'petition.status': {
    name: 'The petition status',
    why: WHY_PETITION_STATUS.message,
    whyMessage: WHY_PETITION_STATUS,
  },
  'petition.validUntil': { name: 'The petition end date' },
  application: { name: 'The application' },
  'application.kind': { name: 'The kind of application' },
  'application.date': {
    name: 'The interview or drop-off date',
    why: {
      /** Asked for in administrative processing: it starts the processing dates. */
      processing: `The interview date starts the ${INQUIRY_AFTER_DAYS}-day count many posts ask you to wait before asking about processing.`,
      /** Asked for in every diversity visa case: it checks the DV program year and its deadline. */
      dv: `For a diversity visa the interview date shows which program year the case belongs to, and checks the year you entered against its ${DV_DEADLINE_WORDS} deadline.`,
      /** Asked for when documents are due and the refusal date is not known. */
      deadline: `The interview or refusal date starts the ${DOCUMENTS_WINDOW.adjective} deadline for sending what was asked.`,
    },
    whyMessage: {
      processing: withValues(/*i18n*/ {
        id: 'rules.missing.applicationDate.processing',
        message: 'The interview date starts the {days}-day count many posts ask you to wait before asking about processing.',
      }, { days: INQUIRY_AFTER_DAYS }),
      dv: withValues(/*i18n*/ {
        id: 'rules.missing.applicationDate.dv',
        message: 'For a diversity visa the interview date shows which program year the case belongs to, and checks the year you entered against its {day} September deadline.',
      }, { day: DV_LAST_DAY_OF_SEPTEMBER }),
      deadline: withValues(/*i18n*/ {
        id: 'rules.missing.applicationDate.deadline',
        message: 'The interview or refusal date starts the {years, plural, =1 {one-year} =2 {two-year} other {#-year}} deadline for sending what was asked.',
      }, { years: DOCUMENTS_WINDOW_YEARS }),
    },
  },
  'application.post': { name: 'The consulate or embassy' },
  'application.officerSaid': {
    name: 'What the officer said',
    why: WHY_OFFICER_SAID.message,
    whyMessage: WHY_OFFICER_SAID,
  },
  'application.passport': {
    name: 'Passport kept or returned',
    why: WHY_PASSPORT.message,
    whyMessage: WHY_PASSPORT,
  },
  program: { name: 'The study or exchange program' },
  'program.startDate': {
    name: 'The program start date',
    why: WHY_PROGRAM_START.message,
    whyMessage: WHY_PROGRAM_START,
  },
  dv: { name: 'The diversity visa program' },
  'dv.programYear': {
    name: 'The DV program year',
    why: `The DV program year (2026 for DV-2026) sets the last day a diversity visa can be issued: ${DV_DEADLINE_WORDS} of that year.`,
    whyMessage: withValues(/*i18n*/ {
      id: 'rules.missing.dvProgramYear',
      message: 'The DV program year (2026 for DV-2026) sets the last day a diversity visa can be issued: {day} September of that year.',
    }, { day: DV_LAST_DAY_OF_SEPTEMBER }),
  },
  ceacHistory: {
    name: 'The CEAC status history',
    why: WHY_CEAC_HISTORY.message,
    whyMessage: WHY_CEAC_HISTORY,
  },
  'ceacHistory.seenOn': { name: 'The day the status was seen' },
  'ceacHistory.status': { name: 'The CEAC status' },
  'ceacHistory.lastUpdated': { name: 'The "Case Last Updated" date' },
  'ceacHistory.message': { name: 'The Refused wording' },
  refusal: { name: 'The refusal letter' },
  'refusal.refusedOn': { name: 'The date on the refusal letter' },
  'refusal.grounds': {
    name: 'The sections named on the refusal letter',
    why: WHY_GROUNDS.message,
    whyMessage: WHY_GROUNDS,
  },
  'refusal.slipColor': { name: 'The slip colour' },
  'refusal.requests': {
    name: 'What the letter asked for',
    why: WHY_REQUESTS.message,
    whyMessage: WHY_REQUESTS,
  },
  'refusal.respondedOn': {
    name: 'The day the requested items were sent',
    why: `The day you sent what was asked stops the ${DOCUMENTS_WINDOW.adjective} deadline and starts the processing dates.`,
    whyMessage: withValues(/*i18n*/ {
      id: 'rules.missing.refusalRespondedOn',
      message: 'The day you sent what was asked stops the {years, plural, =1 {one-year} =2 {two-year} other {#-year}} deadline and starts the processing dates.',
    }, { years: DOCUMENTS_WINDOW_YEARS }),
  },
  notes: { name: 'The note' },
} as const satisfies Record<CaseFieldPath, CaseField>;

/** Every path, in the order of the case file. */
export const CASE_FIELD_PATHS = Object.keys(CASE_FIELDS) as CaseFieldPath[];

/** True for a path of the registry (any other text, "__proto__" included, is false). */
export function isCaseFieldPath(path: string): path is CaseFieldPath {
  return Object.prototype.hasOwnProperty.call(CASE_FIELDS, path);
}
