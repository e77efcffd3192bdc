/**
 * The way in for anything the app did not just make itself, part 1: case files. A file someone
 * imports, the case in a link (src/share decodes the link, then calls `restoreCaseFile`), and a case
 * file saved in this browser whose draft could not be read (./saved.ts) all come through here, and
 * the result page checks the user's own case the same way before assessing it. Like excalidraw's
 * `restore`, it never throws: the case file's schema (`parseCaseFile`, the contract) says what is
 * wrong in plain words, drops identifiers, and warns about what it left out.
 * Part 2, the unfinished draft saved in this browser, is ./saved.ts (it stays on the first page;
 * this module and the schema load on demand).
 * Pure: the caller reads the file; this module only reads what it is given.
 */
import { text, type Text } from '../i18n/text';
import { parseCaseFile } from '../rules/schema';
import type { CaseFile } from '../rules/types';

/**
 * What the case file's schema found, read or not. Its `errors` and `warnings` are the schema's own
 * words: English, by contract (src/rules/schema.ts); the page marks them as English where it shows them.
 */
export type Restored = { ok: true; caseFile: CaseFile; warnings: string[] } | { ok: false; errors: string[] };

/**
 * A problem with a file: the schema's English words (a string, by contract), or this app's own
 * message (a `Text`, shown in the page's language).
 */
export type Problem = string | Text;

/** An imported file: read by the schema, or refused before it (too large, not JSON) with this app's own message. */
export type Imported = Exclude<Restored, { ok: false }> | { ok: false; errors: Problem[] };

export const FILE_TOO_LARGE: Text = text(/*i18n*/ 'app.import.tooLarge');

/** Anything that claims to be a case file (already parsed from JSON, or unpacked from a link). */
export function restoreCaseFile(data: unknown): Restored {
  const r = parseCaseFile(data);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => e.message) };
}

/** The most characters an imported case file may have: far more than the largest valid one. */
export const MAX_IMPORT_CHARS = 200_000;

/** The text of a case-file JSON, as imported. */
export function restoreCaseFileText(json: string): Imported {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, errors: [FILE_TOO_LARGE] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, errors: [text(/*i18n*/ 'app.import.notJson')] };
  }
  return restoreCaseFile(data);
}
