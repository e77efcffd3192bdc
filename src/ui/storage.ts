/**
 * The case kept on this device only (localStorage). What is read back is untrusted: it goes through
 * the restore path (src/intake/saved.ts), and a corrupt value falls back to a new case.
 */
import { toCaseFile, type Draft } from '../intake/draft';
import { restoreSaved, type Saved } from '../intake/saved';

export const STORAGE_KEY = 'refusal-explainer.case.v1';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadStored(): Saved {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(STORAGE_KEY);
  } catch {
    raw = undefined;
  }
  return restoreSaved(raw);
}

export function saveStored(draft: Draft, page: string): void {
  try {
    const cf = toCaseFile(draft);
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ draft, page, caseFile: cf.ok ? cf.caseFile : undefined }));
  } catch {
    // storage full or blocked: the page keeps working without it
  }
}

export function clearStored(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
