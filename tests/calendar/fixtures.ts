/**
 * Case files (contract version 2) and hand-built assessments for the calendar and timeline tests.
 *
 * The assessments are written here by hand, with the milestones and counters the version 2 contract
 * gives for each case (docs/case-file.md, "Milestones"), so these tests do not depend on `assess`.
 */
import { i18n, needTexts } from '../../src/i18n';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind, Verdict } from '../../src/rules';
import { writerIn } from '../../src/ui/verdictText';

export const AS_OF = '2026-04-18';

/**
 * Writes the timeline's and the calendar's texts as the page does (`writerIn(i18n)`), in the language
 * active: English, which tests/setup.ts activates before every file.
 */
export const write = writerIn(i18n);

// The result page's texts (the timeline's and the calendar's are among them), as the page loads them with its code.
await needTexts(['result']);

/** Administrative processing: 221(g), documents sent later than the interview, petition end date. */
export const apCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'H-1B',
  petition: { status: 'approved', validUntil: '2027-09-30' },
  application: { kind: 'interview', date: '2026-03-02', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [
    { seenOn: '2026-03-20', status: 'Administrative Processing', lastUpdated: '2026-03-18' },
    { seenOn: '2026-03-02', status: 'Refused', lastUpdated: '2026-03-02' },
    { seenOn: '2026-03-09', status: 'Refused', lastUpdated: '2026-03-02' },
  ],
  refusal: { refusedOn: '2026-03-02', grounds: ['221g'], requests: ['documents'], respondedOn: '2026-03-10' },
};

/** Documents asked for and not yet sent: the one-year deadline, with reminders. */
export const documentsCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'L-1A',
  petition: { status: 'approved', validUntil: '2027-12-31' },
  application: { kind: 'interview', date: '2026-02-27' },
  ceacHistory: [{ seenOn: '2026-02-28', status: 'Refused', message: 'refused_short' }],
  refusal: { grounds: ['221g'], requests: ['documents', 'ds5535'] },
};

/** A final refusal with no dates to add. */
export const finalCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'O-1',
  petition: { status: 'approved' },
  application: { kind: 'interview_waiver', date: '2026-01-15' },
  ceacHistory: [{ seenOn: '2026-01-20', status: 'Refused' }],
  refusal: { grounds: ['214b'] },
};

/** DV-2026 selectee in administrative processing: no petition; day 180 still falls before 30 September. */
export const dvCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'DV',
  dv: { programYear: 2026 },
  application: { kind: 'interview', date: '2026-03-16', post: 'Accra', officerSaid: '221g_ap' },
  ceacHistory: [{ seenOn: '2026-03-17', status: 'Refused', lastUpdated: '2026-03-16' }],
  refusal: { refusedOn: '2026-03-16', grounds: ['221g'], requests: [] },
};

/** F-1 student in administrative processing whose program starts before day 180 (a hard date first). */
export const studentCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'F-1',
  program: { startDate: '2026-08-17' },
  application: { kind: 'interview', date: '2026-04-01', officerSaid: '221g_ap' },
  ceacHistory: [{ seenOn: '2026-04-02', status: 'Refused', lastUpdated: '2026-04-01' }],
  refusal: { refusedOn: '2026-04-01', grounds: ['221g'], requests: [] },
};

/** J-1 exchange visitor asked for documents: the documents deadline and the DS-2019 start. */
export const exchangeCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'J-1',
  program: { startDate: '2026-09-01' },
  application: { kind: 'interview', date: '2026-04-06' },
  ceacHistory: [{ seenOn: '2026-04-07', status: 'Refused' }],
  refusal: { refusedOn: '2026-04-06', grounds: ['221g'], requests: ['documents'] },
};

/** Immediate relative, documents never sent: R4 after the year, with the reinstatement window. */
export const immigrantCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'IR-CR',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2025-01-21', post: 'Manila' },
  ceacHistory: [{ seenOn: '2025-01-22', status: 'Refused', lastUpdated: '2025-01-21' }],
  refusal: { refusedOn: '2025-01-21', grounds: ['221g'], requests: ['documents'] },
};

/** K-1 fiancé(e) in administrative processing; the I-129F validity ends before day 180. */
export const kCase: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'K-1',
  petition: { status: 'approved', validUntil: '2026-07-15' },
  application: { kind: 'interview', date: '2026-03-02' },
  ceacHistory: [{ seenOn: '2026-03-03', status: 'Administrative Processing' }],
  refusal: { refusedOn: '2026-03-02', grounds: ['221g'], requests: [] },
};

/** A milestone with `passed` as the version 2 contract defines it: the whole day is over (date < asOf). */
export const milestone = (kind: MilestoneKind, date: ISODate, asOf: ISODate = AS_OF): Milestone => ({
  kind, date, passed: date < asOf,
});

/** A hand-built assessment: only what the calendar and the timeline read is meaningful. */
export function assessmentOf(
  verdict: Verdict,
  milestones: ReadonlyArray<readonly [MilestoneKind, ISODate]>,
  counters: Assessment['counters'] = {},
  asOf: ISODate = AS_OF,
): Assessment {
  return {
    verdict,
    confidence: 'high',
    reasons: [{ rule: 'test', text: 'Built by hand for the test.', sources: ['test'] }],
    missing: [],
    milestones: milestones.map(([kind, date]) => milestone(kind, date, asOf)),
    nextSteps: [],
    counters,
    warnings: [],
    trace: [],
  };
}

/** The version 2 assessments of the cases above on AS_OF (2026-04-18), by hand. */
export const apAssessment = (asOf: ISODate = AS_OF, counters: Assessment['counters'] = {
  daysSinceApplication: 47, daysSinceResponse: 39, daysSinceLastChange: 31,
}) => assessmentOf('administrative_processing', [
  ['inquiry_after', '2026-09-06'], // 2026-03-10 (documents sent) + 180 days
  ['petition_expires', '2027-09-30'],
], counters, asOf);

export const documentsAssessment = (asOf: ISODate = AS_OF) => assessmentOf('temporary_refusal', [
  ['documents_due', '2027-02-27'], // 2026-02-27 (interview; no letter date) + one year
  ['petition_expires', '2027-12-31'],
], { daysSinceApplication: 50, daysSinceLastChange: 49 }, asOf);

export const finalAssessment = (asOf: ISODate = AS_OF) =>
  assessmentOf('final_refusal', [], { daysSinceApplication: 93, daysSinceLastChange: 88 }, asOf);

export const dvAssessment = (asOf: ISODate = AS_OF) => assessmentOf('administrative_processing', [
  ['inquiry_after', '2026-09-12'], // 2026-03-16 + 180 days, not after the DV deadline
  ['dv_deadline', '2026-09-30'],
], { daysSinceApplication: 33, daysSinceLastChange: 33 }, asOf);

export const studentAssessment = (asOf: ISODate = AS_OF) => assessmentOf('administrative_processing', [
  ['program_start', '2026-08-17'],
  ['inquiry_after', '2026-09-28'], // 2026-04-01 + 180 days: after the program start
], { daysSinceApplication: 17, daysSinceLastChange: 17 }, asOf);

export const exchangeAssessment = (asOf: ISODate = AS_OF) => assessmentOf('temporary_refusal', [
  ['program_start', '2026-09-01'],
  ['documents_due', '2027-04-06'],
], { daysSinceApplication: 12, daysSinceLastChange: 11 }, asOf);

export const immigrantAssessment = (asOf: ISODate = AS_OF) => assessmentOf('final_refusal', [
  ['documents_due', '2026-01-21'], // 2025-01-21 + one year: passed
  ['reinstatement_ends', '2027-01-21'], // 2025-01-21 + two years (22 CFR 42.83(c))
], { daysSinceApplication: 452, daysSinceLastChange: 452 }, asOf);

export const kAssessment = (asOf: ISODate = AS_OF) => assessmentOf('administrative_processing', [
  ['petition_expires', '2026-07-15'],
  ['inquiry_after', '2026-08-29'], // 2026-03-02 + 180 days: after the I-129F validity ends
], { daysSinceApplication: 47, daysSinceLastChange: 46 }, asOf);
