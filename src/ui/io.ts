/** Import and export of case files as JSON. Loaded on demand (dynamic import). */
import { parseCaseFile } from '../rules/schema';
import type { CaseFile } from '../rules/types';

export const MAX_IMPORT_BYTES = 200_000;

export type ImportResult = { ok: true; caseFile: CaseFile; warnings: string[] } | { ok: false; errors: string[] };

/** Reads the text of a case-file JSON; never throws. */
export function readCaseFileText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is too large to be a case file.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON. Choose a file made by "Export case file (JSON)".'] };
  }
  const r = parseCaseFile(data);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => e.message) };
  return { ok: true, caseFile: r.caseFile, warnings: r.warnings };
}

export async function readCaseFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is too large to be a case file.'] };
  try {
    return readCaseFileText(await file.text());
  } catch {
    return { ok: false, errors: ['The file could not be read.'] };
  }
}

export function caseFileJson(cf: CaseFile): string {
  return `${JSON.stringify(cf, null, 2)}\n`;
}

/** Starts a download of the case file (nothing leaves the device). */
export function downloadCaseFile(cf: CaseFile, today: string): void {
  const blob = new Blob([caseFileJson(cf)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `ceac-case-${today}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
