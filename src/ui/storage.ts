/**
 * The case kept on this device only (localStorage). Anything read back is untrusted: the draft is
 * rebuilt field by field, the case file is checked with parseCaseFile, and a corrupt value falls back.
 */
import { parseCaseFile } from '../rules/schema';
import { emptyDraft, fromCaseFile, sanitizeDraft, toCaseFile, type Draft } from './draft';

export const STORAGE_KEY = 'refusal-explainer.case.v1';

export interface Stored { draft: Draft; page: string; corrupt: boolean }

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadStored(): Stored {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return { draft: emptyDraft(), page: '', corrupt: false };
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    const page = typeof o.page === 'string' ? o.page : '';
    const draft = sanitizeDraft(o.draft);
    if (draft) return { draft, page, corrupt: false };
    const parsed = parseCaseFile(o.caseFile);
    if (parsed.ok) return { draft: fromCaseFile(parsed.caseFile), page, corrupt: false };
  } catch {
    // fall through
  }
  return { draft: emptyDraft(), page: '', corrupt: true };
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
