/**
 * The case saved in this browser: one written by the version 1 page (tests/intake/fixtures/
 * saved-v1.json, values that page really wrote) restores to the same facts; broken values fall back.
 */
import { describe, expect, it } from 'vitest';
import { assess, parseCaseFile } from '../../src/rules';
import { emptyDraft, toCaseFile } from '../../src/intake/draft';
import { restoreCaseFile } from '../../src/intake/restore';
import { restoreDraft, restoreSaved } from '../../src/intake/saved';
import saved from './fixtures/saved-v1.json';

const ASOF = '2026-11-20';

describe('a case saved by the version 1 page', () => {
  it.each(saved.cases.map((c) => [c.name, c] as const))('%s: restores with the same facts and page', (_name, c) => {
    // The facts that page held: the case file it saved beside the draft (it already wrote an empty
    // list of requests as no list), and the verdict, reasons and dates of the file it imported.
    const held = parseCaseFile((JSON.parse(c.storedValue) as { caseFile: unknown }).caseFile);
    const imported = parseCaseFile(c.imported);
    if (!held.ok || !imported.ok) throw new Error('fixture is not a valid case file');
    const r = restoreSaved(c.storedValue);
    expect(r.corrupt).toBe(false);
    expect(r.page).toBe('result');
    const cf = toCaseFile(r.draft);
    expect(cf).toEqual({ ok: true, caseFile: held.caseFile });
    if (cf.ok) expect(assess(cf.caseFile, ASOF)).toEqual(assess(imported.caseFile, ASOF));
  });

  it('hands back the case file saved beside a draft that is not an object, for the schema to check', () => {
    const c = saved.cases[0]!;
    const stored = JSON.parse(c.storedValue) as Record<string, unknown>;
    const r = restoreSaved(JSON.stringify({ ...stored, draft: 'broken' }));
    expect(r).toMatchObject({ draft: emptyDraft(), page: 'result', corrupt: false, caseFile: stored.caseFile });
    const checked = restoreCaseFile(r.caseFile);
    const held = parseCaseFile(stored.caseFile);
    expect(checked).toEqual(held);
    expect(restoreCaseFile(restoreSaved(JSON.stringify({ draft: null, caseFile: { format: 'x' } })).caseFile).ok).toBe(false);
  });
});

describe('restoreSaved', () => {
  it('starts a new case when nothing is saved, and says so when what is saved cannot be read', () => {
    expect(restoreSaved(null)).toEqual({ draft: emptyDraft(), page: '', corrupt: false });
    for (const raw of ['{not json', '[]', '42', JSON.stringify({ draft: null }), JSON.stringify({ draft: 1, caseFile: 'x' })]) {
      expect(restoreSaved(raw)).toEqual({ draft: emptyDraft(), page: '', corrupt: true });
    }
  });

  it('keeps only a page the app has', () => {
    expect(restoreSaved(JSON.stringify({ draft: {}, page: 'elsewhere' })).page).toBe('');
    expect(restoreSaved(JSON.stringify({ draft: {}, page: 'letter' })).page).toBe('letter');
  });
});

describe('restoreDraft', () => {
  it('holds free text to the case file\'s own limits', () => {
    const d = restoreDraft({ post: 'p'.repeat(500), notes: 'n'.repeat(5000), history: Array.from({ length: 150 }, () => ({})) });
    expect(d?.post).toHaveLength(100);
    expect(d?.notes).toHaveLength(1000);
    expect(d?.history).toHaveLength(100);
  });

  it('keeps "I don\'t know" answers the form offers, and nothing it does not', () => {
    const d = restoreDraft({ passport: 'unknown', officerSaid: 'maybe', slipColor: 'unknown', groundsUnknown: true, hasLetter: 'yes' });
    expect(d).toMatchObject({ passport: 'unknown', officerSaid: '', slipColor: 'unknown', groundsUnknown: true, hasLetter: 'yes' });
  });
});

describe('the letter\'s requests in a saved draft', () => {
  it('a version 2 draft keeps "I\'m not sure" and "Nothing" as they were; a version 1 draft with nothing ticked means "Nothing"', () => {
    const base = { ...emptyDraft(), visaClass: 'H-1B', hasLetter: 'yes', groundsUnknown: true };
    expect(restoreDraft({ ...base, requestsUnknown: true, requestsNothing: false })).toMatchObject({ requestsUnknown: true, requestsNothing: false });
    expect(restoreDraft({ ...base, requestsUnknown: false, requestsNothing: true })).toMatchObject({ requestsUnknown: false, requestsNothing: true });
    const v1: Record<string, unknown> = { ...base };
    delete v1.requestsUnknown;
    delete v1.requestsNothing;
    expect(restoreDraft(v1)).toMatchObject({ requestsNothing: true, requestsUnknown: false });
  });
});
