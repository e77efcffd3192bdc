/**
 * The version 1 case-file schema (zod/mini; loaded with the result page, an import or a link) and `parseCaseFile`,
 * which never throws and explains every problem in plain words with the path of the field.
 */
import * as z from 'zod/mini';
import { clip, dateProblem, isISODate } from './dates';

export { dateProblem };
import { CASE_FIELD_PATHS, CASE_FIELDS, isCaseFieldPath } from './fields';
import { scrubIdentifiers } from './identifiers';
import {
  APPLICATION_KINDS, CEAC_STATUSES, GROUNDS, HISTORY_MAX, NOTES_MAX, OFFICER_SAID, PASSPORT_STATES,
  PETITION_STATUSES, POST_MAX, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES,
  type CaseFile, type ParseResult,
} from './types';


/** Text of at most `max` characters, counted as JavaScript string length (UTF-16 units). */
function maxText(max: number, what: string) {
  return z.string().check(z.refine((s) => s.length <= max, { error: `is too long: at most ${max.toLocaleString('en-US')} characters (${what})` }));
}

const isoDate = z.string().check(z.refine(isISODate, { error: (iss) => dateProblem(iss.input) }));
const opt = z.optional;

const historyEntry = z.object({
  seenOn: isoDate,
  status: z.enum(CEAC_STATUSES),
  lastUpdated: opt(isoDate),
  message: opt(z.enum(REFUSED_MESSAGES)),
});

export const caseFileSchema = z.object({
  format: z.literal('ceac-case'),
  version: z.literal(1),
  visaClass: z.enum(VISA_CLASSES),
  petition: z.object({
    status: z.enum(PETITION_STATUSES),
    validUntil: opt(isoDate),
  }),
  application: z.object({
    kind: z.enum(APPLICATION_KINDS),
    date: opt(isoDate),
    post: opt(maxText(POST_MAX, 'the name of the city is enough')),
    officerSaid: opt(z.enum(OFFICER_SAID)),
    passport: opt(z.enum(PASSPORT_STATES)),
  }),
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
        return typeof value === 'number' && value > 1
          ? `This case file is version ${value}, made by a newer version of the app; this app reads version 1. Reload the app to update it.`
          : `The version must be the number 1 (found ${JSON.stringify(value)}).`;
      }
      if (last === 'format') return 'This is not a case file: "format" must be "ceac-case".';
      const got = typeof value === 'string' ? `"${clip(value)}"` : JSON.stringify(value);
      return `${name}: ${got} is not one of the allowed values (${describeValues(issue.values ?? [])}).`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `${name} is too long: at most ${Number(issue.maximum).toLocaleString('en-US')} characters.`;
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
  for (const part of ['petition', 'application', 'refusal'] as const) check(input[part], KNOWN_KEYS[part]!, `${part}.`);
  if (Array.isArray(input.ceacHistory)) {
    input.ceacHistory.forEach((e, i) => check(e, KNOWN_KEYS['ceacHistory[]']!, `ceacHistory.${i}.`));
  }
  return found;
}

/** Parses anything into a version 1 case file, or a list of problems. Never throws. */
export function parseCaseFile(input: unknown): ParseResult {
  try {
    const result = caseFileSchema.safeParse(input);
    if (!result.success) {
      const errors = (result.error.issues as unknown as Issue[]).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: messageFor(issue, input),
      }));
      return { ok: false, errors };
    }
    const warnings: string[] = [];
    const extra = unknownKeys(input as Record<string, unknown>);
    if (extra.length) {
      warnings.push(`Ignored ${extra.length === 1 ? 'a field' : 'fields'} this app does not know: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ', …' : ''}.`);
    }
    const caseFile = normalise(result.data as CaseFile, warnings);
    return { ok: true, caseFile, warnings };
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
  if (out.refusal?.grounds) out.refusal.grounds = [...new Set(out.refusal.grounds)];
  if (out.refusal?.requests) out.refusal.requests = [...new Set(out.refusal.requests)];
  return out;
}
