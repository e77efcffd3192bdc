/**
 * The form's draft: everything the user typed, kept as typed (dates as strings), and its pure
 * conversion to and from a version 1 case file. No React, no clock.
 */
import { isISODate } from '../rules/dates';
import { scrubIdentifiers } from '../rules/identifiers';
import {
  APPLICATION_KINDS, CEAC_STATUSES, GROUNDS, OFFICER_SAID, PASSPORT_STATES, PETITION_STATUSES,
  REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES,
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

export interface Draft {
  visaClass: (typeof VISA_CLASSES)[number] | '';
  petitionStatus: (typeof PETITION_STATUSES)[number] | '';
  validUntil: string;
  appKind: (typeof APPLICATION_KINDS)[number] | '';
  appDate: string;
  post: string;
  officerSaid: (typeof OFFICER_SAID)[number] | '' | 'unknown';
  passport: (typeof PASSPORT_STATES)[number] | '' | 'unknown';
  history: DraftEntry[];
  entry: EntryForm;
  /** 'no' = "I don't have a letter / I don't know" */
  hasLetter: '' | 'yes' | 'no';
  refusedOn: string;
  grounds: Ground[];
  groundsUnknown: boolean;
  slipColor: (typeof SLIP_COLORS)[number] | '' | 'unknown';
  requests: Request[];
  respondedOn: string;
  notes: string;
}

export const emptyEntryForm = (): EntryForm => ({
  open: true, editing: '', touched: false, status: '', seenOn: '', lastUpdated: '', message: '',
});

export const emptyDraft = (): Draft => ({
  visaClass: '', petitionStatus: '', validUntil: '',
  appKind: '', appDate: '', post: '', officerSaid: '', passport: '',
  history: [], entry: emptyEntryForm(),
  hasLetter: '', refusedOn: '', grounds: [], groundsUnknown: false, slipColor: '', requests: [], respondedOn: '',
  notes: '',
});

/** History in date order: by the day seen, then "Case Last Updated", then the order typed. */
export function sortedHistory<T extends { seenOn: string; lastUpdated?: string }>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) =>
      a.row.seenOn < b.row.seenOn ? -1 : a.row.seenOn > b.row.seenOn ? 1
        : (a.row.lastUpdated ?? '') < (b.row.lastUpdated ?? '') ? -1
          : (a.row.lastUpdated ?? '') > (b.row.lastUpdated ?? '') ? 1 : a.i - b.i)
    .map((x) => x.row);
}

export function nextEntryId(rows: readonly DraftEntry[]): string {
  const max = rows.reduce((m, r) => Math.max(m, Number(r.id.slice(1)) || 0), 0);
  return `h${max + 1}`;
}

/** A fresh add form, prefilled from the latest entry so nothing is typed twice. */
export function entryFormFor(rows: readonly DraftEntry[]): EntryForm {
  const last = sortedHistory(rows).at(-1);
  if (!last) return emptyEntryForm();
  return { open: true, editing: '', touched: false, status: last.status, seenOn: last.seenOn, lastUpdated: last.lastUpdated, message: last.message };
}

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
  return {
    ...d,
    entry: { open: true, editing: '', touched: true, status: f.status, seenOn: f.seenOn, lastUpdated: f.lastUpdated, message: f.status === 'Refused' ? f.message : '' },
  };
}

export function removeEntry(d: Draft, id: string): Draft {
  const history = d.history.filter((r) => r.id !== id);
  const entry = d.entry.editing === id || history.length === 0 ? { ...entryFormFor(history), open: history.length === 0 } : d.entry;
  return { ...d, history, entry };
}

export function editEntry(d: Draft, id: string): Draft {
  const r = d.history.find((x) => x.id === id);
  if (!r) return d;
  return { ...d, entry: { open: true, editing: id, touched: false, status: r.status, seenOn: r.seenOn, lastUpdated: r.lastUpdated, message: r.message } };
}

/** Scrubs identifiers from free text; `dropped` says whether something was removed. */
export function scrubText(text: string): { text: string; dropped: boolean } {
  return scrubIdentifiers(text);
}

const date = (s: string): string | undefined => (isISODate(s) ? s : undefined);

export type ToCaseFile = { ok: true; caseFile: CaseFile } | { ok: false; missing: string[] };

/** The draft as a version 1 case file (only what is complete and valid). */
export function toCaseFile(d: Draft): ToCaseFile {
  const missing: string[] = [];
  if (!d.visaClass) missing.push('visaClass');
  if (!d.petitionStatus) missing.push('petitionStatus');
  if (!d.appKind) missing.push('appKind');
  if (!d.visaClass || !d.petitionStatus || !d.appKind) return { ok: false, missing };

  const petition: CaseFile['petition'] = { status: d.petitionStatus };
  if (date(d.validUntil)) petition.validUntil = d.validUntil;

  const application: CaseFile['application'] = { kind: d.appKind };
  if (date(d.appDate)) application.date = d.appDate;
  const post = scrubIdentifiers(d.post.trim()).text;
  if (post) application.post = post;
  if (d.appKind === 'interview' && d.officerSaid && d.officerSaid !== 'unknown') application.officerSaid = d.officerSaid;
  if (d.passport && d.passport !== 'unknown') application.passport = d.passport;

  const ceacHistory: HistoryEntry[] = sortedHistory(
    d.history
      .filter((r) => r.status && isISODate(r.seenOn))
      .map((r) => {
        const e: HistoryEntry = { seenOn: r.seenOn, status: r.status as CeacStatus };
        if (date(r.lastUpdated)) e.lastUpdated = r.lastUpdated;
        if (r.status === 'Refused' && r.message) e.message = r.message;
        return e;
      }),
  );

  const cf: CaseFile = { format: 'ceac-case', version: 1, visaClass: d.visaClass, petition, application, ceacHistory };

  if (d.hasLetter === 'yes') {
    const refusal: NonNullable<CaseFile['refusal']> = {};
    if (date(d.refusedOn)) refusal.refusedOn = d.refusedOn;
    const grounds = GROUNDS.filter((g) => d.grounds.includes(g));
    if (grounds.length) refusal.grounds = grounds;
    if (d.slipColor && d.slipColor !== 'unknown') refusal.slipColor = d.slipColor;
    const requests = REQUESTS.filter((r) => d.requests.includes(r));
    if (requests.length) refusal.requests = requests;
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
  const history: DraftEntry[] = sortedHistory(cf.ceacHistory).map((e, i) => ({
    id: `h${i + 1}`, status: e.status, seenOn: e.seenOn, lastUpdated: e.lastUpdated ?? '', message: e.message ?? '',
  }));
  return {
    visaClass: cf.visaClass,
    petitionStatus: cf.petition.status,
    validUntil: cf.petition.validUntil ?? '',
    appKind: a.kind,
    appDate: a.date ?? '',
    post: a.post ?? '',
    officerSaid: a.officerSaid ?? (a.kind === 'interview' ? 'unknown' : ''),
    passport: a.passport ?? 'unknown',
    history,
    entry: { ...entryFormFor(history), open: history.length === 0 },
    hasLetter: r ? 'yes' : 'no',
    refusedOn: r?.refusedOn ?? '',
    grounds: r?.grounds ? [...r.grounds] : [],
    groundsUnknown: !!r && !(r.grounds?.length),
    slipColor: r ? (r.slipColor ?? 'unknown') : '',
    requests: r?.requests ? [...r.requests] : [],
    respondedOn: r?.respondedOn ?? '',
    notes: cf.notes ?? '',
  };
}

// ---- reading a stored draft back (anything may be in localStorage) ----

const str = (v: unknown, max = 1000): string => (typeof v === 'string' ? v.slice(0, max) : '');
function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | '' {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : '';
}
function listOf<T extends string>(v: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(v) ? [...new Set(v.filter((x): x is T => (allowed as readonly string[]).includes(x)))] : [];
}

/** Rebuilds a draft from untrusted data, keeping every field that has the right shape. */
export function sanitizeDraft(input: unknown): Draft | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const o = input as Record<string, unknown>;
  const d = emptyDraft();
  d.visaClass = oneOf(o.visaClass, VISA_CLASSES);
  d.petitionStatus = oneOf(o.petitionStatus, PETITION_STATUSES);
  d.validUntil = str(o.validUntil, 10);
  d.appKind = oneOf(o.appKind, APPLICATION_KINDS);
  d.appDate = str(o.appDate, 10);
  d.post = scrubIdentifiers(str(o.post, 100)).text;
  d.officerSaid = oneOf(o.officerSaid, [...OFFICER_SAID, 'unknown'] as const);
  d.passport = oneOf(o.passport, [...PASSPORT_STATES, 'unknown'] as const);
  const rows = Array.isArray(o.history) ? o.history.slice(0, 100) : [];
  d.history = rows
    .filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object')
    .map((r, i) => ({
      id: `h${i + 1}`,
      status: oneOf(r.status, CEAC_STATUSES),
      seenOn: str(r.seenOn, 10),
      lastUpdated: str(r.lastUpdated, 10),
      message: oneOf(r.message, REFUSED_MESSAGES),
    }));
  d.entry = { ...entryFormFor(d.history), open: d.history.length === 0 };
  d.hasLetter = oneOf(o.hasLetter, ['yes', 'no'] as const);
  d.refusedOn = str(o.refusedOn, 10);
  d.grounds = listOf(o.grounds, GROUNDS);
  d.groundsUnknown = o.groundsUnknown === true;
  d.slipColor = oneOf(o.slipColor, [...SLIP_COLORS, 'unknown'] as const);
  d.requests = listOf(o.requests, REQUESTS);
  d.respondedOn = str(o.respondedOn, 10);
  d.notes = scrubIdentifiers(str(o.notes, 1000)).text;
  return d;
}
