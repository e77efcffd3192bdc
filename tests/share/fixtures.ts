/** Realistic case files for the share-link tests. Every date and note below is made up. */
import { CEAC_STATUSES, type CaseFile, type HistoryEntry } from '../../src/rules';

/** Note text of exactly `n` characters, made of ordinary English (no identifiers). */
export function noteOf(n: number): string {
  const base =
    'Sent the employer letter, the client letter and the last three pay slips by courier on 10 September. ' +
    'The consulate confirmed receipt by email. Check CEAC every Monday and write to me if anything changes. ';
  let s = '';
  while (s.length < n) s += base;
  return s.slice(0, n);
}

/** The typical version 1 case of the size budget (now a version 2 file): H-1B, interview, 3 history entries, 221(g) + documents, a 200-character note. */
export const TYPICAL: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'H-1B',
  petition: { status: 'approved', validUntil: '2028-09-30' },
  application: { kind: 'interview', date: '2026-09-01', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [
    { seenOn: '2026-09-01', status: 'Refused', lastUpdated: '2026-09-01', message: 'refused_ap_text' },
    { seenOn: '2026-09-15', status: 'Administrative Processing', lastUpdated: '2026-09-12' },
    { seenOn: '2026-10-20', status: 'Refused', lastUpdated: '2026-10-18', message: 'refused_short' },
  ],
  refusal: {
    refusedOn: '2026-09-01',
    grounds: ['221g'],
    slipColor: 'white',
    requests: ['documents'],
    respondedOn: '2026-09-10',
  },
  notes: noteOf(200),
};

/** `n` history entries, every field filled, cycling through the statuses. */
export function historyOf(n: number, start = Date.UTC(2026, 0, 5)): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const seen = new Date(start + i * 3 * 86_400_000).toISOString().slice(0, 10);
    const updated = new Date(start + (i * 3 - 1) * 86_400_000).toISOString().slice(0, 10);
    const status = CEAC_STATUSES[i % CEAC_STATUSES.length]!;
    return status === 'Refused'
      ? { seenOn: seen, status, lastUpdated: updated, message: i % 2 ? 'refused_short' : 'refused_ap_text' }
      : { seenOn: seen, status, lastUpdated: updated };
  });
}

/** The large case: 100 history entries and a 1,000-character note. */
export const LARGE: CaseFile = {
  ...TYPICAL,
  visaClass: 'L-1A',
  ceacHistory: historyOf(100),
  notes: noteOf(1000),
};

export const REALISTIC: Record<string, CaseFile> = {
  typical_221g_documents: TYPICAL,
  empty_history: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'H-1B',
    petition: { status: 'approved' },
    application: { kind: 'interview', date: '2026-11-20', post: 'Hyderabad' },
    ceacHistory: [],
  },
  issued: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'H-4',
    petition: { status: 'approved', validUntil: '2027-06-30' },
    application: { kind: 'interview', date: '2026-10-02', post: 'Mumbai', officerSaid: '221g', passport: 'kept' },
    ceacHistory: [
      { seenOn: '2026-10-02', status: 'Refused', lastUpdated: '2026-10-02', message: 'refused_ap_text' },
      { seenOn: '2026-11-03', status: 'Issued', lastUpdated: '2026-11-02' },
    ],
    refusal: { refusedOn: '2026-10-02', grounds: ['221g'], requests: ['passport'] },
  },
  final_214b: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'O-1',
    petition: { status: 'approved' },
    application: { kind: 'interview', date: '2026-11-10', post: 'Lagos', officerSaid: 'refused', passport: 'returned' },
    ceacHistory: [{ seenOn: '2026-11-10', status: 'Refused', message: 'refused_short' }],
    refusal: { refusedOn: '2026-11-10', grounds: ['214b'], slipColor: 'blue', requests: [] },
  },
  interview_waiver_empty_refusal: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'L-2',
    petition: { status: 'unknown' },
    application: { kind: 'interview_waiver', date: '2026-08-14' },
    ceacHistory: [
      { seenOn: '2026-08-20', status: 'Application Received', lastUpdated: '2026-08-14' },
      { seenOn: '2026-09-01', status: 'Refused', lastUpdated: '2026-08-29' },
    ],
    refusal: { requests: [] },
  },
  admin_processing_returned_petition: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'H-1B',
    petition: { status: 'returned_to_uscis', validUntil: '2027-01-31' },
    application: { kind: 'interview', date: '2026-05-05', post: 'New Delhi', officerSaid: 'nothing', passport: 'kept' },
    ceacHistory: [
      { seenOn: '2026-05-05', status: 'Refused', lastUpdated: '2026-05-05', message: 'refused_ap_text' },
      { seenOn: '2026-06-01', status: 'Administrative Processing', lastUpdated: '2026-05-30' },
    ],
    refusal: {
      refusedOn: '2026-05-05',
      grounds: ['221g'],
      slipColor: 'yellow',
      requests: ['ds5535', 'social_media_public', 'documents'],
      respondedOn: '2026-05-20',
    },
  },
  final_212: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'R-1',
    petition: { status: 'revoked' },
    application: { kind: 'interview', date: '2026-02-28', post: 'Manila', officerSaid: 'refused', passport: 'returned' },
    ceacHistory: [{ seenOn: '2026-03-02', status: 'Refused' }],
    refusal: { grounds: ['212a6Ci', '212f', 'other'], slipColor: 'pink', requests: [] },
    notes: 'A waiver may be possible: book a call.',
  },
  unicode_notes: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'other',
    petition: { status: 'noir' },
    application: { kind: 'interview', post: 'Bogotá' },
    ceacHistory: [],
    refusal: { grounds: [], requests: [] },
    notes:
      'Client said: "the officer kept the passport" — and the slip\'s colour is \'white\'.\n' +
      'Backslash \\ tab\t emoji 😀🇮🇳 CJK 签证被拒 RTL مرحبا combining é (e\u0301) zero-width\u200bjoiner.',
  },
  blank_strings: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'P-1',
    petition: { status: 'approved' },
    application: { kind: 'interview', post: '' },
    ceacHistory: [],
    notes: '',
  },
  large_100_entries: LARGE,
};

/**
 * The typical version 2 case of the size budget: an F-1 student in administrative processing,
 * interview at a named post, 2 history entries, a 221(g) letter asking for the DS-5535 (answered),
 * the program start date, and a 200-character note.
 */
export const TYPICAL_V2: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'F-1',
  application: { kind: 'interview', date: '2026-07-08', post: 'Hyderabad', officerSaid: '221g_ap', passport: 'kept' },
  program: { startDate: '2027-01-11' },
  ceacHistory: [
    { seenOn: '2026-07-08', status: 'Refused', lastUpdated: '2026-07-08', message: 'refused_ap_text' },
    { seenOn: '2026-08-03', status: 'Administrative Processing', lastUpdated: '2026-07-30' },
  ],
  refusal: {
    refusedOn: '2026-07-08',
    grounds: ['221g'],
    slipColor: 'white',
    requests: ['ds5535'],
    respondedOn: '2026-07-15',
  },
  notes: noteOf(200),
};

/** Realistic version 2 cases: the classes, fields and enum values version 1 did not have. */
export const REALISTIC_V2: Record<string, CaseFile> = {
  v2_f1_student_admin_processing: TYPICAL_V2,
  v2_b2_visitor_214b: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'B-2',
    application: { kind: 'interview', date: '2026-10-14', post: 'Mexico City', officerSaid: 'refused', passport: 'returned' },
    ceacHistory: [{ seenOn: '2026-10-14', status: 'Refused', lastUpdated: '2026-10-14', message: 'refused_short' }],
    refusal: { refusedOn: '2026-10-14', grounds: ['214b'], slipColor: 'white', requests: [] },
  },
  v2_k1_returned_petition: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'K-1',
    petition: { status: 'returned_to_uscis', validUntil: '2027-02-18' },
    application: { kind: 'interview', date: '2026-06-23', post: 'Ho Chi Minh City', officerSaid: 'refused', passport: 'returned' },
    ceacHistory: [
      { seenOn: '2026-06-23', status: 'Refused', lastUpdated: '2026-06-23', message: 'refused_short' },
      { seenOn: '2026-09-02', status: 'Transfer in Progress', lastUpdated: '2026-08-28' },
    ],
    refusal: { refusedOn: '2026-06-23', grounds: ['221g'], slipColor: 'blue', requests: [] },
    notes: 'The consulate is sending the I-129F back to USCIS for review. We will talk about your options on our next call.',
  },
  v2_ircr_documents_requested: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'IR-CR',
    petition: { status: 'approved' },
    application: { kind: 'interview', date: '2026-09-17', post: 'Manila', officerSaid: '221g_documents', passport: 'returned' },
    ceacHistory: [
      { seenOn: '2026-05-04', status: 'At NVC', lastUpdated: '2026-04-29' },
      { seenOn: '2026-08-11', status: 'In Transit', lastUpdated: '2026-08-07' },
      { seenOn: '2026-09-17', status: 'Refused', lastUpdated: '2026-09-17', message: 'refused_short' },
    ],
    refusal: { refusedOn: '2026-09-17', grounds: ['221g'], slipColor: 'yellow', requests: ['documents'] },
    notes: 'Send the joint sponsor\'s I-864 with the last tax transcript.',
  },
  v2_dv_program_year: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'DV',
    application: { kind: 'interview', date: '2026-07-21', post: 'Accra', officerSaid: '221g_ap', passport: 'kept' },
    dv: { programYear: 2026 },
    ceacHistory: [
      { seenOn: '2026-07-21', status: 'Refused', lastUpdated: '2026-07-21', message: 'refused_ap_text' },
      { seenOn: '2026-08-25', status: 'Administrative Processing', lastUpdated: '2026-08-22' },
    ],
    refusal: { refusedOn: '2026-07-21', grounds: ['221g'], requests: [] },
  },
  v2_h1b_passport_requested: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'H-1B',
    petition: { status: 'approved', validUntil: '2029-09-30' },
    application: { kind: 'interview_waiver', date: '2026-10-06', post: 'Chennai' },
    ceacHistory: [
      { seenOn: '2026-10-09', status: 'Refused', lastUpdated: '2026-10-08', message: 'refused_ap_text' },
    ],
    refusal: { refusedOn: '2026-10-08', grounds: ['221g'], requests: ['passport'] },
  },
  v2_j1_requests_not_known: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'J-1',
    application: { kind: 'interview', date: '2026-11-03', post: 'Istanbul', officerSaid: '221g', passport: 'returned' },
    program: { startDate: '2027-02-01' },
    ceacHistory: [{ seenOn: '2026-11-04', status: 'Refused', lastUpdated: '2026-11-03' }],
    refusal: { refusedOn: '2026-11-03', grounds: ['221g'] },
  },
  v2_j1_requests_none: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'J-1',
    application: { kind: 'interview', date: '2026-11-03', post: 'Istanbul', officerSaid: '221g', passport: 'returned' },
    program: { startDate: '2027-02-01' },
    ceacHistory: [{ seenOn: '2026-11-04', status: 'Refused', lastUpdated: '2026-11-03' }],
    refusal: { refusedOn: '2026-11-03', grounds: ['221g'], requests: [] },
  },
  v2_eb_public_charge_212a4: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'EB',
    petition: { status: 'approved' },
    application: { kind: 'interview', date: '2026-08-05', post: 'Guangzhou', officerSaid: 'refused', passport: 'returned' },
    ceacHistory: [{ seenOn: '2026-08-06', status: 'Refused', lastUpdated: '2026-08-05', message: 'refused_short' }],
    refusal: { refusedOn: '2026-08-05', grounds: ['212a4', '222g'], slipColor: 'other', requests: ['documents', 'in_person_interview'] },
  },
  v2_iv_other_no_petition: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'IV-other',
    application: { kind: 'interview', officerSaid: 'nothing' },
    ceacHistory: [{ seenOn: '2026-11-20', status: 'No Status' }],
  },
  v2_m1_empty_program_212e: {
    format: 'ceac-case',
    version: 2,
    visaClass: 'M-1',
    application: { kind: 'interview', date: '2026-10-20', post: 'Lima' },
    program: {},
    ceacHistory: [{ seenOn: '2026-10-21', status: 'Refused', lastUpdated: '2026-10-20' }],
    refusal: { grounds: ['212e', '212f'] },
  },
};
