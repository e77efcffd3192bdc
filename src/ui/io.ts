/** Import and export of case files as JSON. Loaded on demand (dynamic import). */
import { text } from '../i18n/text';
import type { CaseFile } from '../rules/types';
import { FILE_TOO_LARGE, MAX_IMPORT_CHARS, restoreCaseFileText, type Imported } from '../intake/restore';
import { downloadFile } from './download';

const TOO_LARGE: Imported = { ok: false, errors: [FILE_TOO_LARGE] };

/** Reads an imported file through the one restore path; never throws. */
export async function readCaseFile(file: File): Promise<Imported> {
  if (file.size > MAX_IMPORT_CHARS) return TOO_LARGE;
  try {
    return restoreCaseFileText(await file.text());
  } catch {
    return { ok: false, errors: [text(/*i18n*/ 'app.import.unreadable')] };
  }
}

export function caseFileJson(cf: CaseFile): string {
  return `${JSON.stringify(cf, null, 2)}\n`;
}

/** Starts a download of the case file (nothing leaves the device). */
export function downloadCaseFile(cf: CaseFile, today: string): void {
  downloadFile(`ceac-case-${today}.json`, caseFileJson(cf), 'application/json');
}
