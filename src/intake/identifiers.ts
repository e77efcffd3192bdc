/**
 * Drops personal identifiers from pasted lines before anything else reads them:
 * application IDs, case numbers, passport numbers and labelled names.
 * Unlabelled names in free text are not detected (there is no reliable way to).
 */

import { replaceCaseIds } from '../rules/identifiers';

// Labels whose value is personal. Matched case-insensitively, never glued to a preceding letter.
const ID_LABEL =
  String.raw`(?:application\s*id(?:\s*(?:or|/)\s*case\s*(?:number|no\.?|#))?|case\s*(?:number|no\.?|#)|` +
  String.raw`confirmation\s*(?:number|no\.?)|barcode(?:\s*number)?)`;
const PASSPORT_LABEL = String.raw`passport(?:\s*(?:number|no\.?|num|#))?`;
const NAME_LABEL =
  String.raw`(?:applicant'?s?\s*)?(?:sur\s?name|last\s*name|family\s*name|given\s*names?|first\s*names?|` +
  String.raw`middle\s*names?|full\s*name|name)(?:\s*\([^()\n]{0,40}\))?`;
const FIELD = `(?:${ID_LABEL}|${PASSPORT_LABEL}|${NAME_LABEL})(?![A-Za-z])`;

/** A personal-field label followed by a separator (colon, dash or tab), anywhere on a line. */
const FIELD_SEP_RE = new RegExp(`(?<![A-Za-z])${FIELD}[ ]*(?::|\\t|[-\u2013](?=[ \\t]))`, 'gi');
/** A line that is only a personal-field label (phone layout: the value is on the next line). */
const FIELD_ALONE_RE = new RegExp(`^${FIELD}[ ]*[:\\-\u2013]?$`, 'i');
/** "Passport K1234567" at the start of a line, without a separator. */
const PASSPORT_BARE_RE = new RegExp(`^${PASSPORT_LABEL}[ \\t]+(?=[A-Za-z0-9]*\\d)`, 'i');

/** Where a value stops: the next label of any kind on the same line. */
const NEXT_LABEL_RE = new RegExp(
  `(?<![A-Za-z])(?:${FIELD}[ ]*(?::|\\t)|case\\s*created|(?:case\\s*)?last\\s*updated|` +
  `(?:visa\\s*|case\\s*|application\\s*)?status\\s*:)`,
  'gi',
);

/** Lines that are structure, not a value: known labels, dates, statuses and page buttons. */
const STRUCTURAL_RE = new RegExp(
  `^(?:${FIELD}|case\\s*created|(?:case\\s*)?last\\s*updated|(?:visa\\s*|case\\s*|application\\s*)?status\\b|` +
  `visa\\s*application\\s*type|(?:non)?immigrant\\s*visa|print|close|\\d{1,4}[-/. ][A-Za-z0-9]{1,9}[-/. ]\\d{1,4})`,
  'i',
);

const HAS_ALNUM_RE = /[A-Za-z0-9]/;
/** A value on its own line is short; a longer line is page text, not a name or a number. */
const MAX_VALUE_LINE = 60;

export interface Scrubbed {
  lines: string[];
  dropped: boolean;
}

/**
 * Removes identifiers from `lines` (already split, tabs kept as separators).
 * `isStatusLine` tells whether a line is a bare CEAC status, which is never taken as a value.
 */
export function scrubIdentifiers(input: readonly string[], isStatusLine: (line: string) => boolean): Scrubbed {
  let dropped = false;
  const lines = input.map((line) => {
    const out = replaceCaseIds(line, ' ');
    if (out.dropped) dropped = true;
    return out.text;
  });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;

    // Phone layout: the label alone (before any ID was cut from it), its value on the next
    // non-empty line, which is short and is not itself a label, a date or a status. When that
    // line was an ID already cut out, the value is gone and nothing more is dropped.
    if (FIELD_ALONE_RE.test(input[i]!.trim())) {
      lines[i] = '';
      const j = nextNonEmpty(input, i + 1);
      if (j >= 0 && lines[j]!.trim() !== '') {
        const value = lines[j]!.trim();
        if (value.length <= MAX_VALUE_LINE && !STRUCTURAL_RE.test(value) && !isStatusLine(value)) {
          lines[j] = '';
          if (HAS_ALNUM_RE.test(value)) dropped = true;
        }
      }
      continue;
    }

    // "Passport K1234567": the rest of the line is the number.
    if (PASSPORT_BARE_RE.test(line)) {
      lines[i] = '';
      dropped = true;
      continue;
    }

    // "Label: value" anywhere on the line: drop each value up to the next label.
    const r = dropLabelledValues(line);
    lines[i] = r.line;
    if (r.dropped) dropped = true;
  }
  return { lines, dropped };
}

function nextNonEmpty(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j]!.trim() !== '') return j;
  return -1;
}

function dropLabelledValues(line: string): { line: string; dropped: boolean } {
  let out = '';
  let dropped = false;
  let pos = 0;
  FIELD_SEP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_SEP_RE.exec(line)) !== null) {
    if (m.index < pos) continue; // inside a value already dropped
    out += line.slice(pos, m.index) + ' ';
    const valueStart = m.index + m[0].length;
    NEXT_LABEL_RE.lastIndex = valueStart;
    const stop = NEXT_LABEL_RE.exec(line);
    const valueEnd = stop ? stop.index : line.length;
    if (HAS_ALNUM_RE.test(line.slice(valueStart, valueEnd))) dropped = true;
    pos = valueEnd;
    FIELD_SEP_RE.lastIndex = Math.max(valueEnd, m.index + 1);
  }
  out += line.slice(pos);
  return { line: out, dropped };
}
