/**
 * The way in for anything the app did not just make itself, part 2: the case saved in this browser
 * (see src/ui/storage.ts), `{ draft, page, caseFile }`. The draft (answers as typed, maybe
 * unfinished) is rebuilt question by question from the form's description (./form.ts), with the
 * same choices and the same length limits as the case file, so nothing a question does not offer
 * gets in; its facts reach the rules only through the case file's schema, when the result page
 * checks them. If the draft cannot be read, the case file saved beside it goes through
 * `restoreCaseFile` (./restore.ts, loaded on demand). Never throws; keeps whatever it can.
 * Pure: the caller reads localStorage; this module only reads what it is given.
 */
import { scrubIdentifiers } from '../rules/identifiers';
import { CEAC_STATUSES, HISTORY_MAX } from '../rules/types';
import { emptyDraft, restingForm, type Draft, type DraftEntry } from './draft';
import { FIELDS, MESSAGE_OPTIONS, isPage, type Page } from './form';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
/** Dates are kept as typed ("YYYY-MM-DD" from the date control), at most that long. */
const DATE_CHARS = 10;
const oneOf = (v: unknown, allowed: readonly string[]): string => (typeof v === 'string' && allowed.includes(v) ? v : '');
const values = (options: ReadonlyArray<{ value: string }>): string[] => options.map((o) => o.value);

function restoreEntry(r: Record<string, unknown>, i: number): DraftEntry {
  return {
    id: `h${i + 1}`,
    status: oneOf(r.status, CEAC_STATUSES) as DraftEntry['status'],
    seenOn: text(r.seenOn, DATE_CHARS),
    lastUpdated: text(r.lastUpdated, DATE_CHARS),
    message: oneOf(r.message, values(MESSAGE_OPTIONS)) as DraftEntry['message'],
  };
}

/** Rebuilds a draft from untrusted data, keeping every answer a question of the form could have given. */
export function restoreDraft(input: unknown): Draft | undefined {
  if (!isRecord(input)) return undefined;
  const d = emptyDraft() as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    const v = input[f.key];
    switch (f.control) {
      case 'select':
        d[f.key] = oneOf(v, f.accepts ?? values(f.options));
        break;
      case 'radios':
        d[f.key] = oneOf(v, values(f.options));
        break;
      case 'date':
        d[f.key] = text(v, DATE_CHARS);
        break;
      case 'text':
        d[f.key] = scrubIdentifiers(text(v, f.max)).text;
        break;
      case 'checkboxes':
        d[f.key] = Array.isArray(v) ? [...new Set(v.filter((x) => values(f.options).includes(x)))] : [];
        for (const n of f.nones ?? []) d[n.key] = input[n.key] === true;
        break;
      case 'history': {
        const rows = Array.isArray(v) ? v.slice(0, HISTORY_MAX).filter(isRecord) : [];
        d.history = rows.map(restoreEntry);
        d.entry = restingForm(d.history as DraftEntry[]);
        break;
      }
    }
  }
  // A draft saved by version 1 of the page has neither flag: there, a letter with nothing ticked
  // meant "the letter asks for nothing", and it still does.
  if (!('requestsNothing' in input) && !('requestsUnknown' in input) && d.hasLetter === 'yes' && !(d.requests as unknown[]).length) {
    d.requestsNothing = true;
  }
  return d as unknown as Draft;
}

export interface Saved {
  draft: Draft;
  page: Page | '';
  corrupt: boolean;
  /** The case file saved beside a draft that could not be read, still to be checked (`restoreCaseFile`). */
  caseFile?: unknown;
}

/**
 * The value saved in this browser: the draft, restored answer by answer; if it cannot be, the case
 * file saved beside it, handed back unchecked for `restoreCaseFile`.
 */
export function restoreSaved(raw: string | null | undefined): Saved {
  if (!raw) return { draft: emptyDraft(), page: '', corrupt: false };
  try {
    const o: unknown = JSON.parse(raw);
    if (isRecord(o)) {
      const page = isPage(o.page) ? o.page : '';
      const draft = restoreDraft(o.draft);
      if (draft) return { draft, page, corrupt: false };
      if (isRecord(o.caseFile)) return { draft: emptyDraft(), page, corrupt: false, caseFile: o.caseFile };
    }
  } catch {
    // fall through: not JSON
  }
  return { draft: emptyDraft(), page: '', corrupt: true };
}
