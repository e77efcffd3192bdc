/**
 * Identifiers the app must never keep: CEAC application IDs (AA0012ABCD), case numbers
 * (immigrant-visa/NVC case numbers such as MTR2026123456 and DV case numbers such as
 * 2026AF00012345) and passport-number-like tokens that follow the word "passport". Used on every
 * free-text field before it is stored or encoded, and on pasted CEAC text.
 */

/** DS-160 application IDs: "AA" then 8 letters or digits, e.g. AA00ABCDE1. */
export const APPLICATION_ID = /(?<![A-Za-z0-9])AA[A-Za-z0-9]{8}(?![A-Za-z0-9])/gi;
/**
 * Case numbers (NVC immigrant-visa and K cases, and older NIV case numbers): three letters (the
 * post) and digits, usually ten (MTR2026123456, CDJ2019712345); seven to twelve are accepted.
 * Not glued to other letters or digits, so words, "I-130", "DS-160" and "H-1B" never match.
 */
export const CASE_NUMBER = /(?<![A-Za-z0-9])[A-Za-z]{3}\d{7,12}(?![A-Za-z0-9])/gi;
/**
 * DV (diversity visa) case numbers: the program year (2000-2099), the region (AF, AS, EU, NA,
 * OC, SA) and one to eight digits, with or without leading zeros: 2026AF00012345, 2025EU12345,
 * 2026AS1234. A letter may come just before it ("DV2026AF12345"), a digit may not. Years, dates
 * (2026-01-05) and "DV-2026" have no region letters and never match.
 */
export const DV_CASE_NUMBER = /(?<![0-9])20\d{2}(?:AF|AS|EU|NA|OC|SA)\d{1,8}(?![A-Za-z0-9])/gi;
// A passport number written after the word passport ("passport no. K1234567").
const PASSPORT_AFTER_WORD = /\b(passport(?:\s*(?:no\.?|number|#))?\s*[:#-]?\s*)([A-Z0-9]{6,9})\b/gi;

const REMOVED = '[removed]';

/**
 * Replaces every application ID and case number (IV and DV) in `text` with `replacement`; `dropped` says
 * whether there was any. The first step of both scrubbers: this module's `scrubIdentifiers` (free
 * text) and the one for pasted CEAC lines in src/intake/identifiers.ts.
 */
export function replaceCaseIds(text: string, replacement: string): { text: string; dropped: boolean } {
  let dropped = false;
  const mark = (): string => {
    dropped = true;
    return replacement;
  };
  const out = text.replace(APPLICATION_ID, mark).replace(CASE_NUMBER, mark).replace(DV_CASE_NUMBER, mark);
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
