/**
 * Recognising the CEAC status and which explanatory text the page showed.
 * Everything here reads text that has already had identifiers removed.
 */
import { CEAC_STATUSES } from '../rules/types';
import type { CeacStatus } from '../rules/types';

export type CeacMessage = 'refused_ap_text' | 'refused_short' | 'standard';

/** Letters only, lower-case: "Administrative  Processing." -> "administrativeprocessing". */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

const BY_KEY = new Map<string, CeacStatus>(CEAC_STATUSES.map((s) => [squash(s), s]));
// Longest first, so a prefix match picks "Application Receipt Pending" over a shorter key.
const KEYS_LONGEST_FIRST = [...BY_KEY.keys()].sort((a, b) => b.length - a.length);

/**
 * Immigrant-visa statuses the case file has no value for: recognised only to give a clearer error.
 * The other statuses of the IV page (At NVC, In Transit, Ready, Administrative Processing, Refused,
 * Issued, Transfer in Progress) are statuses of the case file: "At NVC" and "In Transit" since
 * version 2. No IV explanatory text is known for At NVC or In Transit; the status name alone
 * is read.
 */
const IV_ONLY: Record<string, string> = {
  expired: 'Expired',
  expiringsoon: 'Expiring Soon',
  returntonvc: 'Return to NVC',
};

/** The status when the whole line is one (spacing, case and punctuation ignored). */
export function statusOfLine(line: string): CeacStatus | undefined {
  if (line.length > 60) return undefined;
  return BY_KEY.get(squash(line));
}

/** The IV-only status a whole line names, if any. */
export function ivStatusOfLine(line: string): string | undefined {
  if (line.length > 60) return undefined;
  return IV_ONLY[squash(line)];
}

/** IV-only statuses named inside a short line ("my case says Return to NVC"); "expired" alone is too common a word. */
const IV_ONLY_MENTION: ReadonlyArray<[string, RegExp]> = [
  ['Return to NVC', /\breturn(?:ed)?\s*to\s*nvc\b/i],
  ['Expiring Soon', /\bexpiring\s*soon\b/i],
];

/** The one IV-only status mentioned in short lines, when exactly one is; only for the error message. */
export function ivMentionedStatus(lines: readonly string[]): string | undefined {
  const found = new Set<string>();
  for (const line of lines) {
    if (line === '' || line.length > 60) continue;
    for (const [status, re] of IV_ONLY_MENTION) if (re.test(line)) found.add(status);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A status the value starts with ("Refused (221g)" -> Refused). */
function statusAtStart(value: string): CeacStatus | undefined {
  const sq = squash(value.slice(0, 80));
  const key = KEYS_LONGEST_FIRST.find((k) => sq.startsWith(k));
  return key === undefined ? undefined : BY_KEY.get(key);
}

/** "Status: Refused", "Visa Status - Issued", "Status is Ready"; group 1 is the value. */
const STATUS_LABEL_RE = /^(?:(?:current|visa|case|application|your)\s+){0,2}status(?:\s+is)?\s*[:\-\u2013]?\s*(.*)$/i;

/** The status from a labelled line (value on the same line or, phone layout, the next line). */
export function labelledStatus(lines: readonly string[]): CeacStatus | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = STATUS_LABEL_RE.exec(lines[i]!);
    if (!m) continue;
    const value = m[1]!.trim();
    if (value !== '') {
      const s = statusAtStart(value);
      if (s) return s;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    const s = j < lines.length ? statusOfLine(lines[j]!) : undefined;
    if (s) return s;
  }
  return undefined;
}

/** Word patterns for a status mentioned inside a short line ("my status shows refused"). */
const MENTION: ReadonlyArray<[CeacStatus, RegExp]> = [
  ['Application Receipt Pending', /\bapplication\s*receipt\s*pending\b/i],
  ['Application Received', /\bapplication\s*received\b/i],
  ['No Status', /\bno\s*status\b/i],
  ['Ready', /\bready\b/i],
  ['Administrative Processing', /\badministrative\s*processing\b/i],
  ['Refused', /\brefused\b/i],
  ['Approved', /\bapproved\b/i],
  ['Issued', /\bissued\b/i],
  ['Transfer in Progress', /\btransfer\s*in\s*progress\b/i],
  // Immigrant-visa statuses ("my case is at NVC", "status in transit").
  ['At NVC', /\bat\s*nvc\b/i],
  ['In Transit', /\bin\s*transit\b/i],
];

/** The one status mentioned in short lines, when exactly one is; a last resort. */
export function mentionedStatus(lines: readonly string[]): CeacStatus | undefined {
  const found = new Set<CeacStatus>();
  for (const line of lines) {
    if (line === '' || line.length > 60) continue;
    for (const [status, re] of MENTION) if (re.test(line)) found.add(status);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// ---- Explanatory texts. `flat` is the whole text, lower-case, on one line, single-spaced. ----

/**
 * The long Refused wording ("...refused for administrative processing, your case will remain
 * refused while undergoing such processing. You will receive another adjudication once such
 * processing is complete"). Recognised when at least two of these ideas appear.
 */
const REFUSED_AP_IDEAS: readonly RegExp[] = [
  /administrative(?:ly)? process/, //                                  names administrative processing
  /remains? refused|stays? refused|remain in (?:a )?refused/, //         stays refused meanwhile
  /(?:another|a new|a further|a second|new|further) adjudication|re-?adjudicat|adjudicated again/, // decided again
  /processing (?:is |has been |was |will be )?(?:complete|finished|concluded|over|done)/, // once processing ends
];

/** The short Refused wording ("Please see the letter you received at the interview"). */
const LETTER_RE = /\bletter\b/;
const REFUSAL_RE = /\brefus(?:ed|al)\b/;

/** Which Refused wording `flat` holds, if either. */
export function refusedMessage(flat: string): 'refused_ap_text' | 'refused_short' | undefined {
  const ideas = REFUSED_AP_IDEAS.filter((re) => re.test(flat)).length;
  if (ideas >= 2 && REFUSAL_RE.test(flat)) return 'refused_ap_text';
  if (LETTER_RE.test(flat) && REFUSAL_RE.test(flat)) return 'refused_short';
  return undefined;
}

/**
 * Known explanatory texts of the other statuses (from copies of the CEAC page; the sources are
 * `ceac-status-page` and `ceac-issued` in src/rules/sources.ts, see docs/policy.md). No NIV text is
 * known for Approved, No Status or Transfer in Progress. The Ready text is the immigrant-visa page's
 * ("Your case is ready for your interview when scheduled at the U.S. Consular section", quoted by
 * the U.S. Embassy in Mexico; the team’s research notes on applicant groups); no IV text is known for At NVC,
 * In Transit, Expired, Expiring Soon or Return to NVC.
 */
const STANDARD: ReadonlyArray<[CeacStatus, RegExp]> = [
  ['Issued', /visa is in final processing|(?:not|n't) received it in more than (?:10|ten) (?:working|business) days/],
  [
    'Administrative Processing',
    /undergoing (?:necessary )?administrative processing|processing can take several weeks|if further information is needed,? you will be contacted/,
  ],
  [
    'Application Received',
    /case is open and ready for (?:your )?interview|fingerprints,? and required documents|check (?:your status|back) (?:after|in) two business days/,
  ],
  [
    'Application Receipt Pending',
    /not yet been processed into the visa system|remain in this status until you appear for (?:an|your) interview/,
  ],
  ['Ready', /case is ready for (?:your|the) interview when scheduled/],
];

/** True when `flat` holds the known explanatory text of `status`. */
export function hasStandardText(status: CeacStatus, flat: string): boolean {
  return STANDARD.some(([s, re]) => s === status && re.test(flat));
}

/** The status whose explanatory text `flat` holds (Refused wordings first). */
export function statusFromText(flat: string): CeacStatus | undefined {
  if (refusedMessage(flat)) return 'Refused';
  return STANDARD.find(([, re]) => re.test(flat))?.[0];
}

/** CEAC's own "not found" messages: a lookup error, not a status. */
export const CEAC_LOOKUP_ERROR_RE = /did not return any data|invalid application id or case number/;
