/** fast-check generators for valid version 2 case files, and version 1 inputs (shared by the property tests). */
import fc from 'fast-check';
import {
  APPLICATION_KINDS, CEAC_STATUSES, GROUNDS, isImmigrantOrK, isStudent, OFFICER_SAID, PASSPORT_STATES,
  PETITION_NIV_CLASSES, PETITION_STATUSES, petitionRule, REFUSED_MESSAGES, REQUESTS, SLIP_COLORS, VISA_CLASSES,
  type CaseFile, type ISODate,
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

const fields = {
  format: fc.constant('ceac-case' as const),
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
};

/** A valid version 2 case file of any class: a petition where the class has one, a program for students, a DV year for DV. */
export const caseFile: fc.Arbitrary<CaseFile> = fc
  .record({
    ...fields,
    version: fc.constant(2 as const),
    visaClass: fc.constantFrom(...VISA_CLASSES),
    program: opt(fc.record({ startDate: opt(isoDate) })),
    dv: opt(fc.record({ programYear: fc.integer({ min: 2018, max: 2031 }) })),
    hasPetition: fc.boolean(),
  })
  .map(({ hasPetition, ...cf }) => {
    const rule = petitionRule(cf.visaClass);
    const out: Record<string, unknown> = { ...cf };
    if (rule === 'dropped' || (rule === 'optional' && !hasPetition)) delete out.petition;
    if (!isStudent(cf.visaClass)) delete out.program;
    if (cf.visaClass !== 'DV') delete out.dv;
    if (isImmigrantOrK(cf.visaClass)) out.application = { ...cf.application, kind: 'interview' };
    return stripUndefined(out) as unknown as CaseFile;
  });

/** A version 1 input, as version 1 wrote them: a petition class (or "other") with its petition. */
export const caseFileV1: fc.Arbitrary<Record<string, unknown>> = fc
  .record({ ...fields, version: fc.constant(1 as const), visaClass: fc.constantFrom(...PETITION_NIV_CLASSES, 'other' as const) })
  .map((cf) => stripUndefined(cf) as Record<string, unknown>);
