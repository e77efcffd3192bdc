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
import { parseCaseFile } from '../rules/schema';
import type { CaseFile } from '../rules/types';

export type Restored = { ok: true; caseFile: CaseFile; warnings: string[] } | { ok: false; errors: string[] };

/** Anything that claims to be a case file (already parsed from JSON, or unpacked from a link). */
export function restoreCaseFile(data: unknown): Restored {
  const r = parseCaseFile(data);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => e.message) };
}

/** The most characters an imported case file may have: far more than the largest valid one. */
export const MAX_IMPORT_CHARS = 200_000;

/** The text of a case-file JSON, as imported. */
export function restoreCaseFileText(text: string): Restored {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: ['The file is too large to be a case file.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON. Choose a file made by "Export case file (JSON)".'] };
  }
  return restoreCaseFile(data);
}
