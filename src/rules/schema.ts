/**
 * The case-file schema (zod/mini; loaded with the result page, an import or a link) and `parseCaseFile`,
 * which reads versions 1 and 2, always returns version 2, never throws, and explains every problem in
 * plain words with the path of the field (docs/case-file.md, "Reading files").
 */
import * as z from 'zod/mini';
import { clip, dateProblem, isISODate } from './dates';

export { dateProblem };
import { CASE_FIELD_PATHS, CASE_FIELDS, isCaseFieldPath } from './fields';
import { isImmigrantOrK, isStudent, petitionForm, petitionRule } from './groups';
import { scrubIdentifiers } from './identifiers';
import {
  APPLICATION_KINDS, CEAC_STATUSES, DV_YEAR_MAX, DV_YEAR_MIN, GROUNDS, HISTORY_MAX, NOTES_MAX, OFFICER_SAID,
  PASSPORT_STATES, PETITION_STATUSES, POST_MAX, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES,
  type CaseFile, type ParseResult, type VisaClass,
} from './types';
import { withCommas } from './numbers';


/** Text of at most `max` characters, counted as JavaScript string length (UTF-16 units). */
function maxText(max: number, what: string) {
  return z.string().check(z.refine((s) => s.length <= max, { error: `is too long: at most ${withCommas(max)} characters (${what})` }));
}

const isoDate = z.string().check(z.refine(isISODate, { error: (iss) => dateProblem(iss.input) }));
const opt = z.optional;

const historyEntry = z.object({
  seenOn: isoDate,
  status: z.enum(CEAC_STATUSES),
  lastUpdated: opt(isoDate),
  message: opt(z.enum(REFUSED_MESSAGES)),
});

const dvYear = z.number().check(z.refine((n) => Number.isInteger(n) && n >= DV_YEAR_MIN && n <= DV_YEAR_MAX, {
  error: `must be a whole number from ${DV_YEAR_MIN} to ${DV_YEAR_MAX}: the year in the program's name (2026 for DV-2026)`,
}));

/** Versions 1 and 2 have the same shape; version 1 files are read as version 2 (see `fromVersion1`). */
export const caseFileSchema = z.object({
  format: z.literal('ceac-case'),
  version: z.literal([1, 2]),
  visaClass: z.enum(VISA_CLASSES),
  petition: opt(z.object({
    status: z.enum(PETITION_STATUSES),
    validUntil: opt(isoDate),
  })),
  application: z.object({
    kind: z.enum(APPLICATION_KINDS),
    date: opt(isoDate),
    post: opt(maxText(POST_MAX, 'the name of the city is enough')),
    officerSaid: opt(z.enum(OFFICER_SAID)),
    passport: opt(z.enum(PASSPORT_STATES)),
  }),
  program: opt(z.object({ startDate: opt(isoDate) })),
  dv: opt(z.object({ programYear: dvYear })),
  ceacHistory: z.array(historyEntry).check(z.maxLength(HISTORY_MAX)),
  refusal: opt(
    z.object({
      refusedOn: opt(isoDate),
      grounds: opt(z.array(z.enum(GROUNDS)).check(z.maxLength(GROUNDS.length * 2))),
      slipColor: opt(z.enum(SLIP_COLORS)),
      requests: opt(z.array(z.enum(REQUESTS)).check(z.maxLength(REQUESTS.length * 2))),
      respondedOn: opt(isoDate),
    }),
  ),
  notes: opt(maxText(NOTES_MAX, 'shorten the note')),
});

function fieldName(path: PropertyKey[]): string {
  const key = path.filter((p) => typeof p === 'string').join('.');
  const entryIndex = path.findIndex((p) => typeof p === 'number');
  const base = isCaseFieldPath(key) ? CASE_FIELDS[key].name : key ? `The field "${key}"` : 'The case file';
  if (path[0] === 'ceacHistory' && typeof path[1] === 'number') return `${base} (history entry ${path[1] + 1})`;
  if (entryIndex >= 0 && typeof path[entryIndex] === 'number') return `${base} (item ${Number(path[entryIndex]) + 1})`;
  return base;
}

function describeValues(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length > 12 ? `${shown.slice(0, 12).join(', ')}, …` : shown.join(', ');
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  maximum?: number | bigint;
  origin?: string;
  input?: unknown;
}

function messageFor(issue: Issue, input: unknown): string {
  const name = fieldName(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${name} is missing.`;
      if (issue.expected === 'object') return issue.path.length === 0
        ? 'The case file must be a JSON object ({ ... }), as made by "Export case file".'
        : `${name} must be a group of fields ({ ... }).`;
      if (issue.expected === 'array') return `${name} must be a list ([ ... ]).`;
      return `${name} must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}.`;
    case 'invalid_value': {
      if (value === undefined) return `${name} is missing.`;
      const last = issue.path[issue.path.length - 1];
      if (last === 'version') {
        return typeof value === 'number' && value > 2
          ? `This case file is version ${value}, made by a newer version of the app; this app reads versions 1 and 2. Reload the app to update it.`
          : `The version must be the number 1 or 2 (found ${JSON.stringify(value)}).`;
      }
      if (last === 'format') return 'This is not a case file: "format" must be "ceac-case".';
      const got = typeof value === 'string' ? `"${clip(value)}"` : JSON.stringify(value);
      return `${name}: ${got} is not one of the allowed values (${describeValues(issue.values ?? [])}).`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `${name} is too long: at most ${withCommas(Number(issue.maximum))} characters.`;
      if (issue.origin === 'array') return `${name} has too many entries: at most ${issue.maximum}.`;
      return `${name} is too large.`;
    case 'custom':
      return `${name} ${issue.message}.`;
    default:
      return `${name} is not valid.`;
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** The keys a case file may have, by the path of their parent (from the field registry). */
const keysUnder = (parent: string): string[] =>
  CASE_FIELD_PATHS.filter((p) => (parent ? p.startsWith(`${parent}.`) : !p.includes('.'))).map((p) => p.slice(parent ? parent.length + 1 : 0));
const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': keysUnder(''),
  petition: keysUnder('petition'),
  application: keysUnder('application'),
  program: keysUnder('program'),
  dv: keysUnder('dv'),
  refusal: keysUnder('refusal'),
  'ceacHistory[]': keysUnder('ceacHistory'),
};

function unknownKeys(input: Record<string, unknown>): string[] {
  const found: string[] = [];
  const check = (obj: unknown, known: readonly string[], prefix: string) => {
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return;
    for (const key of Object.keys(obj)) if (!known.includes(key)) found.push(prefix + key);
  };
  check(input, KNOWN_KEYS['']!, '');
  for (const part of ['petition', 'application', 'program', 'dv', 'refusal'] as const) check(input[part], KNOWN_KEYS[part]!, `${part}.`);
  if (Array.isArray(input.ceacHistory)) {
    input.ceacHistory.forEach((e, i) => check(e, KNOWN_KEYS['ceacHistory[]']!, `ceacHistory.${i}.`));
  }
  return found;
}

/** The parts a class cannot carry: dropped with a warning before any check of their content. */
function dropForeignParts(input: unknown, warnings: string[]): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const src = input as Record<string, unknown>;
  const cls = src.visaClass;
  if (typeof cls !== 'string' || !(VISA_CLASSES as readonly string[]).includes(cls)) return input;
  const visaClass = cls as VisaClass;
  const out: Record<string, unknown> = { ...src };
  const drop = (key: string, why: string) => {
    if (!Object.prototype.hasOwnProperty.call(out, key) || out[key] === undefined) return;
    delete out[key];
    warnings.push(`Ignored ${why}.`);
  };
  if (petitionRule(visaClass) === 'dropped') {
    drop('petition', `the petition: a ${visaClass} case has no USCIS petition`);
  }
  if (!isStudent(visaClass)) drop('program', `the program start date: it is asked only of students and exchange visitors (F, M and J), not of a ${visaClass} case`);
  if (visaClass !== 'DV') drop('dv', `the DV program year: it belongs only to diversity visa cases, not to a ${visaClass} case`);
  return out;
}

/** What the contract refuses that the shape alone does not show: errors with the field's path. */
function classProblems(cf: CaseFile): Array<{ path: string; message: string }> {
  const errors: Array<{ path: string; message: string }> = [];
  if (petitionRule(cf.visaClass) === 'required' && cf.petition === undefined) {
    errors.push({
      path: 'petition',
      message: `The petition is missing: a ${cf.visaClass} case rests on a petition (${petitionForm(cf.visaClass)}). Give its status, or "unknown".`,
    });
  }
  if (isImmigrantOrK(cf.visaClass) && cf.application.kind === 'interview_waiver') {
    errors.push({
      path: 'application.kind',
      message: `${CASE_FIELDS['application.kind'].name} cannot be an interview waiver for a ${cf.visaClass} case: fiancé(e) and immigrant visas are decided at an interview.`,
    });
  }
  return errors;
}

/**
 * Parses anything into a version 2 case file, or a list of problems. Never throws. A version 1 file
 * is read as if it said version 2, except that a refusal without `requests` gets `requests: []`
 * (version 1 meant "asks for nothing"; in version 2 an absent list means "not known").
 */
export function parseCaseFile(input: unknown): ParseResult {
  try {
    const warnings: string[] = [];
    const kept = dropForeignParts(input, warnings);
    const result = caseFileSchema.safeParse(kept);
    if (!result.success) {
      const errors = (result.error.issues as unknown as Issue[]).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: messageFor(issue, kept),
      }));
      return { ok: false, errors };
    }
    const parsed = result.data as unknown as Omit<CaseFile, 'version'> & { version: 1 | 2 };
    const caseFile: CaseFile = { ...parsed, version: 2 };
    if (parsed.version === 1 && caseFile.refusal && caseFile.refusal.requests === undefined) caseFile.refusal.requests = [];
    const errors = classProblems(caseFile);
    if (errors.length) return { ok: false, errors };
    const extra = unknownKeys(kept as Record<string, unknown>);
    if (extra.length) {
      warnings.push(`Ignored ${extra.length === 1 ? 'a field' : 'fields'} this app does not know: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ', …' : ''}.`);
    }
    return { ok: true, caseFile: normalise(caseFile, warnings), warnings };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'The case file could not be read.' }] };
  }
}

/** Drops identifiers from free text, and repeated list items. */
function normalise(cf: CaseFile, warnings: string[]): CaseFile {
  const out = cf; // zod built this object afresh: it shares nothing with the input
  let dropped = false;
  if (out.notes !== undefined) {
    const s = scrubIdentifiers(out.notes);
    // "[removed]" can be longer than what it replaced: keep the note within its limit.
    out.notes = s.text.slice(0, NOTES_MAX);
    dropped ||= s.dropped;
  }
  if (out.application.post !== undefined) {
    const s = scrubIdentifiers(out.application.post);
    out.application.post = s.text.slice(0, POST_MAX);
    dropped ||= s.dropped;
  }
  if (dropped) warnings.push('Removed what looked like a case number, application ID or passport number: this app never keeps them.');
  const once = <T>(list: T[] | undefined, what: string): T[] | undefined => {
    if (!list) return list;
    const unique = [...new Set(list)];
    if (unique.length < list.length) warnings.push(`${what} named the same item more than once; each is kept once.`);
    return unique;
  };
  if (out.refusal) {
    const grounds = once(out.refusal.grounds, CASE_FIELDS['refusal.grounds'].name);
    const requests = once(out.refusal.requests, CASE_FIELDS['refusal.requests'].name);
    if (grounds) out.refusal.grounds = grounds;
    if (requests) out.refusal.requests = requests;
  }
  return out;
}
