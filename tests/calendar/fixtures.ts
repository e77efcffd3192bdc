/** Case files for the calendar and timeline tests (version 1 of the contract). */
import type { CaseFile } from '../../src/rules';

/** Administrative processing: 221(g), documents sent later than the interview, petition end date. */
export const apCase: CaseFile = {
  format: 'ceac-case',
  version: 1,
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
  version: 1,
  visaClass: 'L-1A',
  petition: { status: 'approved', validUntil: '2027-12-31' },
  application: { kind: 'interview', date: '2026-02-27' },
  ceacHistory: [{ seenOn: '2026-02-28', status: 'Refused', message: 'refused_short' }],
  refusal: { grounds: ['221g'], requests: ['documents', 'ds5535'] },
};

/** A final refusal with no dates to add. */
export const finalCase: CaseFile = {
  format: 'ceac-case',
  version: 1,
  visaClass: 'O-1',
  petition: { status: 'approved' },
  application: { kind: 'interview_waiver', date: '2026-01-15' },
  ceacHistory: [{ seenOn: '2026-01-20', status: 'Refused' }],
  refusal: { grounds: ['214b'] },
};

export const AS_OF = '2026-04-18';
