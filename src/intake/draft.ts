/**
 * The form's draft: everything the user typed, kept as typed (dates as strings), and its pure
 * conversion to and from a case file. No React, no DOM, no clock.
 * Which questions there are, and how each is asked, checked and restored, is in ./form.ts.
 */
import { isISODate } from '../rules/dates';
import { orderHistory } from '../rules/history';
import { isImmigrantOrK, isStudent, petitionRule } from '../rules/groups';
import { scrubIdentifiers } from '../rules/identifiers';
import {
  APPLICATION_KINDS, DV_YEAR_MAX, DV_YEAR_MIN, GROUNDS, OFFICER_SAID, PASSPORT_STATES, PETITION_STATUSES, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS,
  VISA_CLASSES,
  type CaseFile, type CeacStatus, type Ground, type HistoryEntry, type Request,
} from '../rules/types';

export interface DraftEntry {
  id: string;
  status: CeacStatus | '';
  seenOn: string;
  lastUpdated: string;
  /** '' = not known */
  message: '' | (typeof REFUSED_MESSAGES)[number];
}

/** The history editor's add/change form. */
export interface EntryForm {
  open: boolean;
  /** id of the entry being changed, or '' when adding */
  editing: string;
  touched: boolean;
  status: CeacStatus | '';
  seenOn: string;
  lastUpdated: string;
  message: DraftEntry['message'];
}

/** "I don't know", where the form offers it: written as an absent field in the case file. */
export type Unknown = 'unknown';

export interface Draft {
  visaClass: (typeof VISA_CLASSES)[number] | '';
  petitionStatus: (typeof PETITION_STATUSES)[number] | '';
  validUntil: string;
  appKind: (typeof APPLICATION_KINDS)[number] | '';
  appDate: string;
  post: string;
  officerSaid: (typeof OFFICER_SAID)[number] | '' | Unknown;
  passport: (typeof PASSPORT_STATES)[number] | '' | Unknown;
  history: DraftEntry[];
  entry: EntryForm;
  /** 'no' = "I don't have a letter / I don't know" */
  hasLetter: '' | 'yes' | 'no';
  refusedOn: string;
  grounds: Ground[];
  groundsUnknown: boolean;
  slipColor: (typeof SLIP_COLORS)[number] | '' | Unknown;
  requests: Request[];
  respondedOn: string;
  notes: string;
  /** Carried from a case file (the form does not ask these yet): the program start date, the DV year. */
  programStart: string;
  dvYear: string;
  /** "Nothing": the letter asks for nothing (written as `requests: []`). */
  requestsNothing: boolean;
  /** "I'm not sure" what the letter asks for (written as no `requests`: not known). */
  requestsUnknown: boolean;
}

const emptyEntryForm = (): EntryForm => ({
  open: true, editing: '', touched: false, status: '', seenOn: '', lastUpdated: '', message: '',
});

export const emptyDraft = (): Draft => ({
  visaClass: '', petitionStatus: '', validUntil: '',
  appKind: '', appDate: '', post: '', officerSaid: '', passport: '',
  history: [], entry: emptyEntryForm(),
  hasLetter: '', refusedOn: '', grounds: [], groundsUnknown: false, slipColor: '', requests: [], respondedOn: '',
  notes: '', programStart: '', dvYear: '', requestsNothing: false, requestsUnknown: false,
});

export const isEmptyDraft = (d: Draft): boolean => JSON.stringify(d) === JSON.stringify(emptyDraft());

/** History in date order, the rules' order: by the day seen, then "Case Last Updated", then the order typed. */
export const sortedHistory = orderHistory;

function nextEntryId(rows: readonly DraftEntry[]): string {
  const max = rows.reduce((m, r) => Math.max(m, Number(r.id.slice(1)) || 0), 0);
  return `h${max + 1}`;
}

const formFrom = (r: Pick<EntryForm, 'status' | 'seenOn' | 'lastUpdated' | 'message'>, editing = '', touched = false): EntryForm => ({
  open: true, editing, touched, status: r.status, seenOn: r.seenOn, lastUpdated: r.lastUpdated,
  message: r.status === 'Refused' ? r.message : '',
});

/** A fresh add form, prefilled from the latest entry so nothing is typed twice. */
export function entryFormFor(rows: readonly DraftEntry[]): EntryForm {
  const last = sortedHistory(rows).at(-1);
  return last ? { ...formFrom(last), message: last.message } : emptyEntryForm();
}

/** The add form after the history changed: closed, unless there is nothing in the history yet. */
export const restingForm = (history: readonly DraftEntry[]): EntryForm => ({ ...entryFormFor(history), open: history.length === 0 });

/** Adds the form's entry (or saves the change) and closes the form. Validation is the caller's job. */
export function commitEntry(d: Draft): Draft {
  const e = d.entry;
  const row: DraftEntry = {
    id: e.editing || nextEntryId(d.history),
    status: e.status,
    seenOn: e.seenOn,
    lastUpdated: e.lastUpdated,
    message: e.status === 'Refused' ? e.message : '',
  };
  const history = e.editing ? d.history.map((r) => (r.id === e.editing ? row : r)) : [...d.history, row];
  return { ...d, history, entry: { ...entryFormFor(history), open: false } };
}

/**
 * Opens the add form filled in with a status read from the CEAC page (only enum values and dates),
 * for the user to check and then add. Anything half-typed in the form is replaced.
 */
export function fillEntryForm(d: Draft, f: Pick<EntryForm, 'status' | 'seenOn' | 'lastUpdated' | 'message'>): Draft {
  return { ...d, entry: formFrom(f, '', true) };
}

export function removeEntry(d: Draft, id: string): Draft {
  const history = d.history.filter((r) => r.id !== id);
  const entry = d.entry.editing === id || history.length === 0 ? restingForm(history) : d.entry;
  return { ...d, history, entry };
}

export function editEntry(d: Draft, id: string): Draft {
  const r = d.history.find((x) => x.id === id);
  return r ? { ...d, entry: { ...formFrom(r, id), message: r.message } } : d;
}

/** Closes the add/change form without saving it. */
export const cancelEntry = (d: Draft): Draft => ({ ...d, entry: { ...entryFormFor(d.history), open: false } });

/** Opens the add form, prefilled from the latest entry. */
export const openEntry = (d: Draft): Draft => ({ ...d, entry: entryFormFor(d.history) });

const date = (s: string): string | undefined => (isISODate(s) ? s : undefined);
const known = <T extends string>(v: T | '' | Unknown): T | undefined => (v && v !== 'unknown' ? (v as T) : undefined);

export type ToCaseFile = { ok: true; caseFile: CaseFile } | { ok: false; missing: Array<'visaClass' | 'petitionStatus' | 'appKind'> };

/** The draft as a version 2 case file (only what is complete and valid). */
export function toCaseFile(d: Draft): ToCaseFile {
  const petitionNeeded = d.visaClass === '' || petitionRule(d.visaClass) === 'required';
  const kindNeeded = d.visaClass === '' || !isImmigrantOrK(d.visaClass);
  const missing = (['visaClass', 'petitionStatus', 'appKind'] as const)
    .filter((k) => !d[k] && (k !== 'petitionStatus' || petitionNeeded) && (k !== 'appKind' || kindNeeded));
  if (!d.visaClass || missing.length) return { ok: false, missing };

  let petition: CaseFile['petition'];
  if (d.petitionStatus && petitionRule(d.visaClass) !== 'dropped') {
    petition = { status: d.petitionStatus };
    if (date(d.validUntil)) petition.validUntil = d.validUntil;
  }

  // Fiancé(e) and immigrant visas are decided at an interview (the form does not ask).
  // (An empty answer cannot reach here for the other classes: it is missing above.)
  const application: CaseFile['application'] = { kind: isImmigrantOrK(d.visaClass) || d.appKind === '' ? 'interview' : d.appKind };
  if (date(d.appDate)) application.date = d.appDate;
  const post = scrubIdentifiers(d.post.trim()).text;
  if (post) application.post = post;
  const officerSaid = application.kind === 'interview' ? known(d.officerSaid) : undefined;
  if (officerSaid) application.officerSaid = officerSaid;
  const passport = known(d.passport);
  if (passport) application.passport = passport;

  const ceacHistory: HistoryEntry[] = orderHistory(
    d.history
      .filter((r) => r.status && isISODate(r.seenOn))
      .map((r) => {
        const e: HistoryEntry = { seenOn: r.seenOn, status: r.status as CeacStatus };
        if (date(r.lastUpdated)) e.lastUpdated = r.lastUpdated;
        if (r.status === 'Refused' && r.message) e.message = r.message;
        return e;
      }),
  );

  const cf: CaseFile = { format: 'ceac-case', version: 2, visaClass: d.visaClass, application, ceacHistory };
  if (petition) cf.petition = petition;
  if (isStudent(d.visaClass) && date(d.programStart)) cf.program = { startDate: d.programStart };
  const dvYear = Number(d.dvYear);
  if (d.visaClass === 'DV' && d.dvYear !== '' && Number.isInteger(dvYear) && dvYear >= DV_YEAR_MIN && dvYear <= DV_YEAR_MAX) {
    cf.dv = { programYear: dvYear };
  }

  if (d.hasLetter === 'yes') {
    const refusal: NonNullable<CaseFile['refusal']> = {};
    if (date(d.refusedOn)) refusal.refusedOn = d.refusedOn;
    const grounds = GROUNDS.filter((g) => d.grounds.includes(g));
    if (grounds.length) refusal.grounds = grounds;
    const slipColor = known(d.slipColor);
    if (slipColor) refusal.slipColor = slipColor;
    // Ticks, or "Nothing" ([]); "I'm not sure" (or no answer yet) leaves it out: not known.
    const requests = REQUESTS.filter((r) => d.requests.includes(r));
    if (requests.length || d.requestsNothing) refusal.requests = requests;
    if (date(d.respondedOn)) refusal.respondedOn = d.respondedOn;
    cf.refusal = refusal;
  }
  const notes = scrubIdentifiers(d.notes.trim()).text;
  if (notes) cf.notes = notes;
  return { ok: true, caseFile: cf };
}

/** A draft holding exactly what a case file says ("I don't know" where it says nothing). */
export function fromCaseFile(cf: CaseFile): Draft {
  const a = cf.application;
  const r = cf.refusal;
  const history: DraftEntry[] = orderHistory(cf.ceacHistory).map((e, i) => ({
    id: `h${i + 1}`, status: e.status, seenOn: e.seenOn, lastUpdated: e.lastUpdated ?? '', message: e.message ?? '',
  }));
  return {
    visaClass: cf.visaClass,
    petitionStatus: cf.petition?.status ?? '',
    validUntil: cf.petition?.validUntil ?? '',
    appKind: a.kind,
    appDate: a.date ?? '',
    post: a.post ?? '',
    officerSaid: a.officerSaid ?? (a.kind === 'interview' ? 'unknown' : ''),
    passport: a.passport ?? 'unknown',
    history,
    entry: restingForm(history),
    hasLetter: r ? 'yes' : 'no',
    refusedOn: r?.refusedOn ?? '',
    grounds: r?.grounds ? [...r.grounds] : [],
    groundsUnknown: !!r && !(r.grounds?.length),
    slipColor: r ? (r.slipColor ?? 'unknown') : '',
    requests: r?.requests ? [...r.requests] : [],
    respondedOn: r?.respondedOn ?? '',
    notes: cf.notes ?? '',
    programStart: cf.program?.startDate ?? '',
    dvYear: cf.dv ? String(cf.dv.programYear) : '',
    requestsNothing: !!r && r.requests?.length === 0,
    requestsUnknown: !!r && r.requests === undefined,
  };
}

