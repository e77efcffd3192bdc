/**
 * Identifiers the app must never keep: CEAC application IDs (AA0012ABCD), case numbers
 * (three letters and nine or ten digits, e.g. MTR2026123456) and passport-number-like tokens
 * that follow the word "passport". Used on every free-text field before it is stored or encoded.
 */

/** DS-160 application IDs: "AA" then 8 letters or digits, e.g. AA00ABCDE1. */
export const APPLICATION_ID = /(?<![A-Za-z0-9])AA[A-Za-z0-9]{8}(?![A-Za-z0-9])/gi;
/** Case numbers: three letters and nine or ten digits, e.g. MTR2026123456. */
export const CASE_NUMBER = /(?<![A-Za-z0-9])[A-Za-z]{3}\d{9,10}(?![A-Za-z0-9])/gi;
// A passport number written after the word passport ("passport no. K1234567").
const PASSPORT_AFTER_WORD = /\b(passport(?:\s*(?:no\.?|number|#))?\s*[:#-]?\s*)([A-Z0-9]{6,9})\b/gi;

const REMOVED = '[removed]';

/**
 * Replaces every application ID and case number in `text` with `replacement`; `dropped` says
 * whether there was any. The first step of both scrubbers: this module's `scrubIdentifiers` (free
 * text) and the one for pasted CEAC lines in src/intake/identifiers.ts.
 */
export function replaceCaseIds(text: string, replacement: string): { text: string; dropped: boolean } {
  let dropped = false;
  const mark = (): string => {
    dropped = true;
    return replacement;
  };
  const out = text.replace(APPLICATION_ID, mark).replace(CASE_NUMBER, mark);
  return { text: out, dropped };
}

/** Removes identifiers from free text; `dropped` says whether anything was removed. */
export function scrubIdentifiers(text: string): { text: string; dropped: boolean } {
  const ids = replaceCaseIds(text, REMOVED);
  let dropped = ids.dropped;
  const out = ids.text.replace(PASSPORT_AFTER_WORD, (_m, label: string, value: string) => {
    // Only a token with a digit looks like a passport number ("passport returned" is spared).
    if (!/\d/.test(value)) return `${label}${value}`;
    dropped = true;
    return `${label}${REMOVED}`;
  });
  return { text: out, dropped };
}
