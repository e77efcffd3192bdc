/** fast-check generators for valid version 1 case files (shared by the property tests). */
import fc from 'fast-check';
import {
  APPLICATION_KINDS, CEAC_STATUSES, GROUNDS, OFFICER_SAID, PASSPORT_STATES, PETITION_STATUSES,
  REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES, type CaseFile, type ISODate,
} from '../../src/rules';

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2019, 0, 1);

/** A real date between 2019-01-01 and about 2030. */
export const isoDate: fc.Arbitrary<ISODate> = fc
  .integer({ min: 0, max: 4200 })
  .map((n) => new Date(BASE + n * DAY_MS).toISOString().slice(0, 10));

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

function stripUndefined<T extends object>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

export const historyEntry = fc.record({
  seenOn: isoDate,
  status: fc.constantFrom(...CEAC_STATUSES),
  lastUpdated: opt(isoDate),
  message: opt(fc.constantFrom(...REFUSED_MESSAGES)),
});

export const caseFile: fc.Arbitrary<CaseFile> = fc
  .record({
    format: fc.constant('ceac-case' as const),
    version: fc.constant(1 as const),
    visaClass: fc.constantFrom(...VISA_CLASSES),
    petition: fc.record({ status: fc.constantFrom(...PETITION_STATUSES), validUntil: opt(isoDate) }),
    application: fc.record({
      kind: fc.constantFrom(...APPLICATION_KINDS),
      date: opt(isoDate),
      post: opt(fc.constantFrom('Chennai', 'Mumbai', 'Bogotá', 'Frankfurt')),
      officerSaid: opt(fc.constantFrom(...OFFICER_SAID)),
      passport: opt(fc.constantFrom(...PASSPORT_STATES)),
    }),
    ceacHistory: fc.array(historyEntry, { maxLength: 8 }),
    refusal: opt(
      fc.record({
        refusedOn: opt(isoDate),
        grounds: opt(fc.uniqueArray(fc.constantFrom(...GROUNDS), { maxLength: 3 })),
        slipColor: opt(fc.constantFrom(...SLIP_COLORS)),
        requests: opt(fc.uniqueArray(fc.constantFrom(...REQUESTS), { maxLength: 3 })),
        respondedOn: opt(isoDate),
      }),
    ),
    notes: opt(fc.string({ maxLength: 200 })),
  })
  .map((cf) => stripUndefined(cf) as CaseFile);
