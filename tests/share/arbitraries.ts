/** fast-check generators for valid version 1 case files, over the whole range the schema accepts. */
import fc from 'fast-check';
import {
  APPLICATION_KINDS, CEAC_STATUSES, GROUNDS, HISTORY_MAX, NOTES_MAX, OFFICER_SAID, PASSPORT_STATES,
  PETITION_STATUSES, POST_MAX, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES, scrubIdentifiers,
  type CaseFile, type ISODate,
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

export const caseFile: fc.Arbitrary<CaseFile> = optionalKeys(
  {
    format: fc.constant('ceac-case' as const),
    version: fc.constant(1 as const),
    visaClass: fc.constantFrom(...VISA_CLASSES),
    petition: optionalKeys({ status: fc.constantFrom(...PETITION_STATUSES), validUntil: isoDate }, ['status']),
    application: optionalKeys(
      {
        kind: fc.constantFrom(...APPLICATION_KINDS),
        date: isoDate,
        post: freeText(POST_MAX),
        officerSaid: fc.constantFrom(...OFFICER_SAID),
        passport: fc.constantFrom(...PASSPORT_STATES),
      },
      ['kind'],
    ),
    ceacHistory: fc.oneof(
      { weight: 4, arbitrary: fc.array(historyEntry, { maxLength: 10 }) },
      { weight: 1, arbitrary: fc.array(historyEntry, { maxLength: HISTORY_MAX }) },
    ),
    refusal: optionalKeys(
      {
        refusedOn: isoDate,
        grounds: fc.uniqueArray(fc.constantFrom(...GROUNDS), { maxLength: GROUNDS.length }),
        slipColor: fc.constantFrom(...SLIP_COLORS),
        requests: fc.uniqueArray(fc.constantFrom(...REQUESTS), { maxLength: REQUESTS.length }),
        respondedOn: isoDate,
      },
      [],
    ),
    notes: freeText(NOTES_MAX),
  },
  ['format', 'version', 'visaClass', 'petition', 'application', 'ceacHistory'],
) as fc.Arbitrary<CaseFile>;
