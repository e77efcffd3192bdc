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
    const r = parseCaseFile({ ...base, version: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toMatch(/newer version of the app/);
  });
});
