/**
 * fast-check generators for valid version 2 case files, over the whole range the schema accepts
 * without a warning: every visa class, status, ground, request and officerSaid value; `petition`
 * only where the class may carry one (always where it must); `program` only for the students;
 * `dv` only for DV; no interview waiver for the K and immigrant classes.
 */
import fc from 'fast-check';
import {
  APPLICATION_KINDS, CEAC_STATUSES, DV_YEAR_MAX, DV_YEAR_MIN, GROUNDS, HISTORY_MAX, NOTES_MAX, OFFICER_SAID,
  PASSPORT_STATES, PETITION_STATUSES, POST_MAX, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES,
  scrubIdentifiers, type CaseFile, type ISODate, type VisaClass,
} from '../../src/rules';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2199, 11, 31);

/** Day number `n` (0 = 1900-01-01) as YYYY-MM-DD. */
export function dateFromDay(n: number): ISODate {
  return new Date(FIRST + n * DAY_MS).toISOString().slice(0, 10);
}

/** Any date the schema accepts (1900-01-01 to 2199-12-31). */
export const isoDate: fc.Arbitrary<ISODate> = fc
  .integer({ min: 0, max: (LAST - FIRST) / DAY_MS })
  .map(dateFromDay);

/** Absent (the key is not there at all) or present. */
function optionalKeys<T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) {
  return fc.record(model, { requiredKeys: required as never[], noNullPrototype: true });
}

/** Free text of at most `max` UTF-16 units: ASCII, any Unicode (lone surrogates included), or words. */
function freeText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ maxLength: max }),
      fc.string({ unit: 'grapheme', maxLength: max }),
      fc.string({ unit: 'binary', maxLength: max }),
      fc.array(fc.constantFrom('visa', 'letter', '"quoted"', "it's", 'émigré', '签证', '😀', '\n', ' ', '\\'), { maxLength: 150 })
        .map((w) => w.join(' ')),
    )
    .map((s) => s.slice(0, max))
    // Text the schema would rewrite ("[removed]") is not a valid round-trip input.
    .filter((s) => !scrubIdentifiers(s).dropped);
}

export const historyEntry = optionalKeys(
  {
    seenOn: isoDate,
    status: fc.constantFrom(...CEAC_STATUSES),
    lastUpdated: isoDate,
    message: fc.constantFrom(...REFUSED_MESSAGES),
  },
  ['seenOn', 'status'],
);

/** Classes that must carry a petition (docs/case-file.md): the I-129 classes, K, IR-CR, F-pref and EB. */
export const PETITION_REQUIRED: readonly VisaClass[] = [
  'H-1B', 'H-4', 'L-1A', 'L-1B', 'L-2', 'O-1', 'O-2', 'O-3', 'P-1', 'P-2', 'P-3', 'P-4',
  'H-2A', 'H-2B', 'H-3', 'Q-1', 'R-1', 'R-2', 'K-1', 'K-2', 'IR-CR', 'F-pref', 'EB',
];
/** Classes that may carry a petition or not. Every other class (other NIV, DV) must not. */
export const PETITION_OPTIONAL: readonly VisaClass[] = ['IV-other', 'other'];
/** The students: the only classes that may carry `program`. */
export const STUDENTS: readonly VisaClass[] = ['F-1', 'F-2', 'M-1', 'M-2', 'J-1', 'J-2'];
/** K and immigrant classes: no interview waiver. */
const NO_WAIVER: readonly VisaClass[] = ['K-1', 'K-2', 'IR-CR', 'F-pref', 'EB', 'DV', 'IV-other'];

const petition = optionalKeys({ status: fc.constantFrom(...PETITION_STATUSES), validUntil: isoDate }, ['status']);

const refusal = optionalKeys(
  {
    refusedOn: isoDate,
    grounds: fc.uniqueArray(fc.constantFrom(...GROUNDS), { maxLength: GROUNDS.length }),
    slipColor: fc.constantFrom(...SLIP_COLORS),
    // Absent ("not known") and [] ("asks for nothing") both come up often.
    requests: fc.uniqueArray(fc.constantFrom(...REQUESTS), { maxLength: REQUESTS.length }),
    respondedOn: isoDate,
  },
  [],
);

/** A valid version 2 case file of class `visaClass`. */
function caseFileOf(visaClass: VisaClass): fc.Arbitrary<CaseFile> {
  const kinds = NO_WAIVER.includes(visaClass) ? (['interview'] as const) : APPLICATION_KINDS;
  const model = {
    format: fc.constant('ceac-case' as const),
    version: fc.constant(2 as const),
    visaClass: fc.constant(visaClass),
    petition,
    application: optionalKeys(
      {
        kind: fc.constantFrom(...kinds),
        date: isoDate,
        post: freeText(POST_MAX),
        officerSaid: fc.constantFrom(...OFFICER_SAID),
        passport: fc.constantFrom(...PASSPORT_STATES),
      },
      ['kind'],
    ),
    program: optionalKeys({ startDate: isoDate }, []),
    dv: fc.record({ programYear: fc.integer({ min: DV_YEAR_MIN, max: DV_YEAR_MAX }) }, { noNullPrototype: true }),
    ceacHistory: fc.oneof(
      { weight: 4, arbitrary: fc.array(historyEntry, { maxLength: 10 }) },
      { weight: 1, arbitrary: fc.array(historyEntry, { maxLength: HISTORY_MAX }) },
    ),
    refusal,
    notes: freeText(NOTES_MAX),
  };
  const required: (keyof typeof model)[] = ['format', 'version', 'visaClass', 'application', 'ceacHistory'];
  if (PETITION_REQUIRED.includes(visaClass)) required.push('petition');
  return optionalKeys(model, required).map((cf) => {
    const out: Record<string, unknown> = { ...cf };
    if (!PETITION_REQUIRED.includes(visaClass) && !PETITION_OPTIONAL.includes(visaClass)) delete out.petition;
    if (!STUDENTS.includes(visaClass)) delete out.program;
    if (visaClass !== 'DV') delete out.dv;
    return out as unknown as CaseFile;
  });
}

/** Any valid version 2 case file: every class, with the optional groups that class may carry. */
const byClass = new Map(VISA_CLASSES.map((c) => [c, caseFileOf(c)] as const));
export const caseFile: fc.Arbitrary<CaseFile> = fc.constantFrom(...VISA_CLASSES).chain((c) => byClass.get(c)!);
