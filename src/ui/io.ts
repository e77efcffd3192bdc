/** Import and export of case files as JSON. Loaded on demand (dynamic import). */
import type { CaseFile } from '../rules/types';
import { MAX_IMPORT_CHARS, restoreCaseFileText, type Restored } from '../intake/restore';
import { downloadFile } from './download';

const TOO_LARGE: Restored = { ok: false, errors: ['The file is too large to be a case file.'] };

/** Reads an imported file through the one restore path; never throws. */
export async function readCaseFile(file: File): Promise<Restored> {
  if (file.size > MAX_IMPORT_CHARS) return TOO_LARGE;
  try {
    return restoreCaseFileText(await file.text());
  } catch {
    return { ok: false, errors: ['The file could not be read.'] };
  }
}

export function caseFileJson(cf: CaseFile): string {
  return `${JSON.stringify(cf, null, 2)}\n`;
}

/** Starts a download of the case file (nothing leaves the device). */
export function downloadCaseFile(cf: CaseFile, today: string): void {
  downloadFile(`ceac-case-${today}.json`, caseFileJson(cf), 'application/json');
}
