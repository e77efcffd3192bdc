import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../../src/rules';
import {
  commitEntry, editEntry, emptyDraft, entryFormFor, fromCaseFile, removeEntry, sortedHistory, toCaseFile,
  type Draft,
} from '../../src/intake/draft';
import { validateEntry, validateStep } from '../../src/intake/validate';
import type { FieldError } from '../../src/intake/form';
import { i18n } from '../../src/i18n';
import { show } from '../../src/i18n/text';
import { restoreDraft } from '../../src/intake/saved';

const FULL: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'H-1B',
  petition: { status: 'approved', validUntil: '2028-09-30' },
  application: { kind: 'interview', date: '2026-06-02', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [
    { seenOn: '2026-06-02', status: 'Refused', lastUpdated: '2026-06-02', message: 'refused_ap_text' },
    { seenOn: '2026-07-10', status: 'Administrative Processing', lastUpdated: '2026-07-09' },
  ],
  refusal: { refusedOn: '2026-06-02', grounds: ['221g'], slipColor: 'blue', requests: ['documents', 'ds5535'], respondedOn: '2026-06-20' },
  notes: 'Employer letter sent.',
};

function filled(): Draft {
  return {
    ...emptyDraft(),
    visaClass: 'L-1A',
    petitionStatus: 'unknown',
    appKind: 'interview_waiver',
    appDate: '2026-03-01',
    officerSaid: 'approved', // not asked for a waiver case: must not be exported
    passport: 'unknown',
    hasLetter: 'no',
    refusedOn: '2026-03-02', // kept in the draft but not exported without a letter
  };
}

describe('toCaseFile', () => {
  it('needs the visa class, the petition and how the person applied', () => {
    const r = toCaseFile(emptyDraft());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.missing).toEqual(['visaClass', 'petitionStatus', 'appKind']);
  });

  it('leaves out "I don\'t know" answers, unasked questions and a letter the user does not have', () => {
    const r = toCaseFile(filled());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile).toEqual({
      format: 'ceac-case', version: 2, visaClass: 'L-1A',
      petition: { status: 'unknown' },
      application: { kind: 'interview_waiver', date: '2026-03-01' },
      ceacHistory: [],
    });
    expect(parseCaseFile(r.caseFile).ok).toBe(true);
  });

  it('drops invalid dates and incomplete history rows, and sorts the history by date', () => {
    const d: Draft = {
      ...filled(),
      validUntil: '2026-02-30',
      history: [
        { id: 'h1', status: 'Refused', seenOn: '2026-05-03', lastUpdated: '', message: 'refused_short' },
        { id: 'h2', status: 'Application Received', seenOn: '2026-03-01', lastUpdated: '2026-03-01', message: 'refused_short' },
        { id: 'h3', status: '', seenOn: '2026-04-01', lastUpdated: '', message: '' },
        { id: 'h4', status: 'Ready', seenOn: 'not a date', lastUpdated: '', message: '' },
      ],
    };
    const r = toCaseFile(d);
    if (!r.ok) throw new Error('expected a case file');
    expect(r.caseFile.petition?.validUntil).toBeUndefined();
    expect(r.caseFile.ceacHistory).toEqual([
      { seenOn: '2026-03-01', status: 'Application Received', lastUpdated: '2026-03-01' },
      { seenOn: '2026-05-03', status: 'Refused', message: 'refused_short' },
    ]);
  });

  it('scrubs identifiers from the post and the notes', () => {
    const r = toCaseFile({ ...filled(), post: 'Mumbai AA00ABCD12', notes: 'Case MTR2026123456 pending' });
    if (!r.ok) throw new Error('expected a case file');
    expect(r.caseFile.application.post).toBe('Mumbai [removed]');
    expect(r.caseFile.notes).toBe('Case [removed] pending');
  });

  it('round-trips a full case file through the draft', () => {
    const d = fromCaseFile(FULL);
    expect(d.hasLetter).toBe('yes');
    expect(d.entry.open).toBe(false);
    const r = toCaseFile(d);
    expect(r).toEqual({ ok: true, caseFile: FULL });
  });

  it('carries a version 2 case of another group unchanged: no petition, a program start, a DV year, requests not known', () => {
    const cases: CaseFile[] = [
      { ...FULL, visaClass: 'F-1', petition: undefined, program: { startDate: '2026-08-24' } },
      { ...FULL, visaClass: 'DV', petition: undefined, dv: { programYear: 2026 } },
      { ...FULL, visaClass: 'B-2', petition: undefined, refusal: { refusedOn: '2026-06-02', grounds: ['221g'] } },
      { ...FULL, visaClass: 'IR-CR', refusal: { grounds: ['212a4'], requests: [] }, application: { kind: 'interview' } },
    ].map((c) => JSON.parse(JSON.stringify(c)) as CaseFile);
    for (const cf of cases) expect(toCaseFile(fromCaseFile(cf)), cf.visaClass).toEqual({ ok: true, caseFile: cf });
  });

  it('writes "Nothing" as an empty list, and "I\'m not sure" (or no answer) as no list: not known', () => {
    const nothing = toCaseFile({ ...filled(), hasLetter: 'yes', grounds: ['221g'], requestsNothing: true });
    expect(nothing.ok && nothing.caseFile.refusal).toEqual({ refusedOn: '2026-03-02', grounds: ['221g'], requests: [] });
    const unsure = toCaseFile({ ...filled(), hasLetter: 'yes', grounds: ['221g'], requestsUnknown: true });
    expect(unsure.ok && unsure.caseFile.refusal).toEqual({ refusedOn: '2026-03-02', grounds: ['221g'] });
    const ticked = toCaseFile({ ...filled(), hasLetter: 'yes', grounds: ['221g'], requests: ['passport'] });
    expect(ticked.ok && ticked.caseFile.refusal?.requests).toEqual(['passport']);
  });

  it('needs no petition for a class that has none', () => {
    const r = toCaseFile({ ...filled(), visaClass: 'B-2', petitionStatus: '' });
    expect(r.ok && r.caseFile.petition).toBeUndefined();
    const needs = toCaseFile({ ...filled(), visaClass: 'H-1B', petitionStatus: '' });
    expect(needs).toEqual({ ok: false, missing: ['petitionStatus'] });
  });

  it('reads a letter with no grounds as "I don\'t know" and no letter as "I don\'t have one"', () => {
    const withLetter = fromCaseFile({ ...FULL, refusal: { requests: ['passport'] } });
    expect(withLetter.groundsUnknown).toBe(true);
    expect(withLetter.slipColor).toBe('unknown');
    const none = fromCaseFile({ ...FULL, refusal: undefined });
    expect(none.hasLetter).toBe('no');
  });
});

describe('history helpers', () => {
  const rows = [
    { id: 'h1', status: 'Refused' as const, seenOn: '2026-06-10', lastUpdated: '2026-06-09', message: '' as const },
    { id: 'h2', status: 'Ready' as const, seenOn: '2026-06-01', lastUpdated: '', message: '' as const },
    { id: 'h3', status: 'Issued' as const, seenOn: '2026-06-10', lastUpdated: '2026-06-10', message: '' as const },
    { id: 'h4', status: 'Approved' as const, seenOn: '2026-06-10', lastUpdated: '2026-06-10', message: '' as const },
  ];

  it('orders by the day seen, then Case Last Updated, then the order typed', () => {
    expect(sortedHistory(rows).map((r) => r.id)).toEqual(['h2', 'h1', 'h3', 'h4']);
  });

  it('prefills a new entry from the latest one', () => {
    const f = entryFormFor(rows);
    expect(f).toMatchObject({ open: true, editing: '', status: 'Approved', seenOn: '2026-06-10', lastUpdated: '2026-06-10' });
    expect(entryFormFor([])).toMatchObject({ status: '', seenOn: '' });
  });

  it('adds, changes and removes entries', () => {
    let d: Draft = { ...emptyDraft(), entry: { ...emptyDraft().entry, status: 'Refused', seenOn: '2026-06-02', message: 'refused_short', touched: true } };
    d = commitEntry(d);
    expect(d.history).toEqual([{ id: 'h1', status: 'Refused', seenOn: '2026-06-02', lastUpdated: '', message: 'refused_short' }]);
    expect(d.entry.open).toBe(false);
    d = { ...d, entry: { ...entryFormFor(d.history), status: 'Issued', seenOn: '2026-07-01' } };
    d = commitEntry(d);
    expect(d.history.map((r) => [r.id, r.status, r.message])).toEqual([['h1', 'Refused', 'refused_short'], ['h2', 'Issued', '']]);
    d = editEntry(d, 'h1');
    expect(d.entry).toMatchObject({ editing: 'h1', status: 'Refused', seenOn: '2026-06-02' });
    d = commitEntry({ ...d, entry: { ...d.entry, seenOn: '2026-06-03' } });
    expect(d.history[0]).toMatchObject({ id: 'h1', seenOn: '2026-06-03' });
    expect(d.history).toHaveLength(2);
    d = removeEntry(d, 'h2');
    d = removeEntry(d, 'h1');
    expect(d.history).toEqual([]);
    expect(d.entry.open).toBe(true);
  });
});

describe('restoreDraft', () => {
  it('rejects what is not an object', () => {
    expect(restoreDraft(null)).toBeUndefined();
    expect(restoreDraft('x')).toBeUndefined();
    expect(restoreDraft([1])).toBeUndefined();
  });

  it('keeps good fields, drops bad ones and scrubs free text', () => {
    const d = restoreDraft({
      visaClass: 'H-1B', petitionStatus: 'bogus', appDate: 42, post: 'Chennai AA00ABCD12', grounds: ['214b', 'nope', '214b'],
      history: [{ status: 'Refused', seenOn: '2026-01-01' }, 'junk', { status: 'Lost' }],
    });
    expect(d).toBeDefined();
    expect(d!.visaClass).toBe('H-1B');
    expect(d!.petitionStatus).toBe('');
    expect(d!.appDate).toBe('');
    expect(d!.post).toBe('Chennai [removed]');
    expect(d!.grounds).toEqual(['214b']);
    expect(d!.history.map((r) => r.status)).toEqual(['Refused', '']);
  });
});

describe('validateStep', () => {
  const today = '2026-11-20';
  /** The errors with their messages in English. */
  const english = (errors: FieldError[]) => errors.map((e) => ({ ...e, message: show(i18n, e.message) }));
  it('asks for the required answers, with field ids in page order', () => {
    expect(validateStep('visa', emptyDraft(), today).map((e) => e.id)).toEqual(['visaClass', 'petitionStatus']);
    expect(validateStep('interview', { ...emptyDraft(), appKind: 'interview' }, today).map((e) => e.id)).toEqual(['officerSaid', 'passport']);
    expect(validateStep('letter', emptyDraft(), today).map((e) => e.id)).toEqual(['hasLetter']);
    expect(validateStep('letter', { ...emptyDraft(), hasLetter: 'yes' }, today).map((e) => e.id)).toEqual(['grounds', 'slipColor', 'requests']);
    expect(validateStep('letter', { ...emptyDraft(), hasLetter: 'no' }, today)).toEqual([]);
  });

  it('explains bad dates', () => {
    const errs = english(validateStep('visa', { ...filled(), validUntil: '2026-02-30', petitionStatus: 'approved' }, today));
    expect(errs).toEqual([{ id: 'validUntil', message: expect.stringMatching(/not a real calendar date/) }]);
    expect(english(validateStep('notes', { ...emptyDraft(), notes: 'x'.repeat(1001) }, today))[0]?.message).toMatch(/1,000 characters/);
  });

  it('checks a history entry', () => {
    const e = { ...emptyDraft().entry, touched: true };
    expect(validateEntry(e, today).map((x) => x.id)).toEqual(['entry-status', 'entry-seenOn']);
    expect(english(validateEntry({ ...e, status: 'Refused', seenOn: '2026-12-01' }, today))[0]?.message).toMatch(/today or earlier/);
    expect(validateEntry({ ...e, status: 'Refused', seenOn: '2026-06-01', lastUpdated: '2026-06-02' }, today)[0]?.id).toBe('entry-lastUpdated');
    expect(validateEntry({ ...e, status: 'Refused', seenOn: '2026-06-01', lastUpdated: '2026-06-01' }, today)).toEqual([]);
  });
});

describe('toCaseFile for the new groups', () => {
  it('writes no interview waiver for a fiancé(e) or immigrant visa, and needs no answer to "How did you apply?"', () => {
    const r = toCaseFile({ ...emptyDraft(), visaClass: 'IR-CR', petitionStatus: 'approved', appKind: 'interview_waiver' });
    expect(r.ok && r.caseFile.application.kind).toBe('interview');
    const none = toCaseFile({ ...emptyDraft(), visaClass: 'K-1', petitionStatus: 'approved' });
    expect(none.ok && none.caseFile.application).toEqual({ kind: 'interview' });
  });

  it('writes the DV year when one was chosen, and nothing for "I don\'t know"', () => {
    const year = toCaseFile({ ...emptyDraft(), visaClass: 'DV', dvYear: '2026' });
    expect(year.ok && year.caseFile.dv).toEqual({ programYear: 2026 });
    const unknown = toCaseFile({ ...emptyDraft(), visaClass: 'DV', dvYear: 'unknown' });
    expect(unknown.ok && unknown.caseFile.dv).toBeUndefined();
  });

  it('keeps a student\'s program start and drops it when the class changes to one without a program', () => {
    const student = toCaseFile({ ...emptyDraft(), visaClass: 'F-1', appKind: 'interview', programStart: '2026-08-24' });
    expect(student.ok && student.caseFile.program).toEqual({ startDate: '2026-08-24' });
    const worker = toCaseFile({ ...emptyDraft(), visaClass: 'H-1B', petitionStatus: 'approved', appKind: 'interview', programStart: '2026-08-24' });
    expect(worker.ok && worker.caseFile.program).toBeUndefined();
  });
});

it('writes what the officer said for an immigrant visa, decided at an interview', () => {
  const r = toCaseFile({ ...emptyDraft(), visaClass: 'IR-CR', petitionStatus: 'approved', officerSaid: '221g_ap' });
  expect(r.ok && r.caseFile.application).toEqual({ kind: 'interview', officerSaid: '221g_ap' });
});
