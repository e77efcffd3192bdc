/**
 * Identifiers the app must never keep: CEAC application IDs (AA0012ABCD), case numbers
 * (three letters and nine or ten digits, e.g. MTR2026123456) and passport-number-like tokens
 * that follow the word "passport". Used on every free-text field before it is stored or encoded.
 */

// Application IDs: "AA" then 8 letters or digits, with at least one digit (so words are spared).
const APPLICATION_ID = /\bAA(?=[A-Z0-9]{0,7}\d)[A-Z0-9]{8}\b/gi;
// Case numbers: three letters and nine or ten digits.
const CASE_NUMBER = /\b[A-Z]{3}\d{9,10}\b/gi;
// A passport number written after the word passport ("passport no. K1234567").
const PASSPORT_AFTER_WORD = /\b(passport(?:\s*(?:no\.?|number|#))?\s*[:#-]?\s*)([A-Z0-9]{6,9})\b/gi;

const REMOVED = '[removed]';

/** Removes identifiers from free text; `dropped` says whether anything was removed. */
export function scrubIdentifiers(text: string): { text: string; dropped: boolean } {
  let dropped = false;
  const mark = (): string => {
    dropped = true;
    return REMOVED;
  };
  let out = text.replace(APPLICATION_ID, mark).replace(CASE_NUMBER, mark);
  out = out.replace(PASSPORT_AFTER_WORD, (_m, label: string, value: string) => {
    // Only a token with a digit looks like a passport number ("passport returned" is spared).
    if (!/\d/.test(value)) return `${label}${value}`;
    dropped = true;
    return `${label}${REMOVED}`;
  });
  return { text: out, dropped };
}
