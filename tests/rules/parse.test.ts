import { describe, expect, it } from 'vitest';
import { NOTES_MAX, parseCaseFile } from '../../src/rules';

const base = {
  format: 'ceac-case', version: 1, visaClass: 'H-1B',
  petition: { status: 'approved' }, application: { kind: 'interview' }, ceacHistory: [],
};

describe('parseCaseFile details', () => {
  it('says a missing choice field is missing', () => {
    const { visaClass: _omit, ...rest } = base;
    const r = parseCaseFile(rest);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path: 'visaClass', message: 'The visa class is missing.' });
  });

  it('drops identifiers from the note and keeps it within 1,000 characters', () => {
    const notes = 'passport A12345 '.repeat(62);
    expect(notes.length).toBeLessThanOrEqual(NOTES_MAX);
    const r = parseCaseFile({ ...base, notes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.notes!.length).toBeLessThanOrEqual(NOTES_MAX);
    expect(r.caseFile.notes).not.toContain('A12345');
    expect(parseCaseFile(r.caseFile).ok).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/Removed what looked like/);
  });

  it('drops application IDs and case numbers from the post and the note', () => {
    const r = parseCaseFile({ ...base, application: { kind: 'interview', post: 'Chennai AA00ABCDE1' }, notes: 'Case MTR2026123456, app aa00abcde1.' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.application.post).toBe('Chennai [removed]');
    expect(r.caseFile.notes).toBe('Case [removed], app [removed].');
  });

  it('warns about unknown keys and drops them', () => {
    const r = parseCaseFile({ ...base, extra: 1, petition: { status: 'approved', foo: 2 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile).not.toHaveProperty('extra');
    expect(r.caseFile.petition).not.toHaveProperty('foo');
    expect(r.warnings[0]).toMatch(/extra, petition\.foo/);
  });

  it('explains a newer version plainly', () => {
    const r = parseCaseFile({ ...base, version: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toMatch(/newer version of the app/);
  });
});

describe('reading version 1 and version 2 files (docs/case-file.md, Reading files)', () => {
  const v1 = {
    ...base,
    petition: { status: 'approved', validUntil: '2028-09-30' },
    application: { kind: 'interview', date: '2026-01-12', officerSaid: '221g', passport: 'kept' },
    ceacHistory: [{ seenOn: '2026-01-14', status: 'Refused', lastUpdated: '2026-01-12' }],
    refusal: { refusedOn: '2026-01-12', grounds: ['221g'] },
  };

  it('reads a version 1 file as version 2 and keeps its facts', () => {
    const r = parseCaseFile(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile).toEqual({
      ...v1,
      version: 2,
      // version 1 meant "absent = asks for nothing": the refusal gets an empty list
      refusal: { refusedOn: '2026-01-12', grounds: ['221g'], requests: [] },
    });
    expect(r.warnings).toEqual([]);
  });

  it('keeps "requests" absent in a version 2 file: there it means "not known"', () => {
    const r = parseCaseFile({ ...v1, version: 2 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.refusal).toEqual({ refusedOn: '2026-01-12', grounds: ['221g'] });
    expect('requests' in r.caseFile.refusal!).toBe(false);
  });

  it('keeps an empty list of requests in both versions, and a version 1 file without a refusal gets none', () => {
    for (const version of [1, 2]) {
      const r = parseCaseFile({ ...v1, version, refusal: { grounds: ['221g'], requests: [] } });
      expect(r.ok && r.caseFile.refusal?.requests).toEqual([]);
    }
    const none = parseCaseFile({ ...v1, refusal: undefined });
    expect(none.ok && none.caseFile.refusal).toBeUndefined();
  });

  it('accepts in a version 1 file a value only version 2 knows, and keeps the officer\'s unsure "221g"', () => {
    const r = parseCaseFile({ ...v1, visaClass: 'B-2', petition: undefined, application: { kind: 'interview', officerSaid: '221g' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.visaClass).toBe('B-2');
    expect(r.caseFile.application.officerSaid).toBe('221g');
  });

  it('reads a version 2 file of every new group unchanged', () => {
    const files = [
      { visaClass: 'F-1', program: { startDate: '2026-08-24' } },
      { visaClass: 'J-1', program: { startDate: '2026-09-01' } },
      { visaClass: 'K-1', petition: { status: 'returned_to_uscis', validUntil: '2026-05-01' } },
      { visaClass: 'IR-CR', petition: { status: 'approved' } },
      { visaClass: 'EB', petition: { status: 'approved' } },
      { visaClass: 'DV', dv: { programYear: 2026 } },
    ];
    for (const extra of files) {
      const input = {
        format: 'ceac-case', version: 2, application: { kind: 'interview', date: '2026-01-12' },
        ceacHistory: [{ seenOn: '2026-01-14', status: 'At NVC' }, { seenOn: '2026-02-01', status: 'In Transit' }],
        refusal: { grounds: ['212a4', '212e', '222g', 'other'], requests: ['passport'] },
        ...extra,
      };
      const r = parseCaseFile(input);
      expect(r.ok, extra.visaClass).toBe(true);
      if (!r.ok) continue;
      expect(r.caseFile, extra.visaClass).toEqual(input);
      expect(r.warnings, extra.visaClass).toEqual([]);
    }
  });
});
