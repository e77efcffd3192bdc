/**
 * The case kept on this device only (localStorage). What is read back is untrusted: it goes through
 * the restore path (src/intake/saved.ts), and a corrupt value falls back to a new case. A value
 * that cannot be read is copied aside (ASIDE_KEY) before anything is saved over it, and every
 * write says whether the browser took it, so the page never claims to keep what it could not.
 */
import { toCaseFile, type Draft } from '../intake/draft';
import { restoreSaved, type Saved } from '../intake/saved';
import type { Unreadable } from './state';

export const STORAGE_KEY = 'refusal-explainer.case.v1';
/** Where a stored value that could not be read is kept, untouched (then `:2`, `:3`… if that is taken). */
export const ASIDE_KEY = `${STORAGE_KEY}:unreadable`;
const ASIDE_SLOTS = 5;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The value stored for the case, as text; undefined when the browser will not let the page read it. */
export function readStored(): string | null | undefined {
  try {
    return storage()?.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
}

/** Whether a `storage` event is about this app's storage (not sessionStorage, not another key). */
export function isStoredCaseEvent(e: StorageEvent): boolean {
  if (e.key !== null && e.key !== STORAGE_KEY) return false;
  const area = storage();
  return area !== undefined && (e.storageArea === null || e.storageArea === area);
}

/**
 * Copies a value that could not be read to the aside key (the first free one; never over a
 * different value already kept there). 'aside' once kept, 'held' when the browser refused: the
 * caller must then save nothing over it.
 */
export function keepAside(raw: string): Unreadable {
  const s = storage();
  if (!s) return 'held';
  try {
    for (let i = 1; i <= ASIDE_SLOTS; i++) {
      const key = i === 1 ? ASIDE_KEY : `${ASIDE_KEY}:${i}`;
      const there = s.getItem(key);
      if (there === raw) return 'aside';
      if (there === null) {
        s.setItem(key, raw);
        return 'aside';
      }
    }
  } catch {
    // storage full or blocked
  }
  return 'held';
}

/** What is stored now, if it cannot be read, kept aside (for a saved case file found unreadable once checked). */
export function keepStoredAside(): Unreadable | undefined {
  const raw = readStored();
  return raw ? keepAside(raw) : undefined;
}

/** The case saved in this browser; a value that cannot be read is kept aside first (`unreadable` says how). */
export function loadStored(): Saved & { unreadable?: Unreadable } {
  const raw = readStored();
  const saved = restoreSaved(raw);
  return saved.corrupt && raw ? { ...saved, unreadable: keepAside(raw) } : saved;
}

/** Saves the case; false when the browser refused (storage full, blocked, private mode). */
export function saveStored(draft: Draft, page: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    const cf = toCaseFile(draft);
    s.setItem(STORAGE_KEY, JSON.stringify({ draft, page, caseFile: cf.ok ? cf.caseFile : undefined }));
    return true;
  } catch {
    // storage full or blocked: the page keeps working without it, and says so
    return false;
  }
}

/** Removes the saved case; false when the browser would not let the page touch its storage. */
export function clearStored(): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
