/** The page's reducer: named events, pure, no DOM. */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/rules';
import { i18n } from '../../src/i18n';
import { show } from '../../src/i18n/text';
import { emptyDraft, fromCaseFile, type Draft } from '../../src/intake/draft';
import { initialState, previousPage, reduce, savingPaused, type AppEvent, type AppState } from '../../src/ui/state';

const TODAY = '2026-11-20';
const CF: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  refusal: { grounds: ['221g'], slipColor: 'white', requests: [] },
};
const fresh = (draft: Draft = emptyDraft(), step: string | null = null): AppState =>
  initialState({ draft, page: '', corrupt: false }, { step, hashIsLink: false }, null);
const run = (s: AppState, ...events: AppEvent[]) => events.reduce(reduce, s);
/** The state with its messages read as the page shows them (in English). */
const shown = (s: AppState) => ({
  ...s,
  toolMessage: s.toolMessage ? show(i18n, s.toolMessage) : '',
  resultNotice: s.resultNotice.map((n) => (typeof n === 'string' ? n : show(i18n, n))),
});

describe('initialState', () => {
  it('opens on the step in the address, or the saved page, but never on a result it cannot show', () => {
    expect(fresh().page).toBe('visa');
    expect(fresh(emptyDraft(), 'letter').page).toBe('letter');
    expect(fresh(emptyDraft(), 'result').page).toBe('visa');
    expect(fresh(fromCaseFile(CF), 'result')).toMatchObject({ page: 'result', inAddress: true });
    expect(shown(initialState({ draft: emptyDraft(), page: 'notes', corrupt: true }, { step: 'bogus', hashIsLink: false }, null)))
      .toMatchObject({ page: 'notes', toolMessage: expect.stringMatching(/could not be read/) });
  });
});

describe('continued', () => {
  it('shows errors (and counts them, so the summary takes focus) without moving or saving', () => {
    const s = run(fresh(), { type: 'continued', today: TODAY });
    expect(s.page).toBe('visa');
    expect(s.errors.map((e) => e.id)).toEqual(['visaClass', 'petitionStatus']);
    expect(s.errorTick).toBe(1);
    expect(run(s, { type: 'continued', today: TODAY }).errorTick).toBe(2);
  });

  it('moves to the next step with one history entry, clearing errors', () => {
    const s = run(fresh(), { type: 'edited', change: { visaClass: 'H-1B', petitionStatus: 'approved' } }, { type: 'continued', today: TODAY });
    expect(s).toMatchObject({ page: 'interview', errors: [], move: { push: true, focus: null } });
  });

  it('adds a typed history entry on Continue, or stops on its errors', () => {
    const start = run(fresh(fromCaseFile({ ...CF, ceacHistory: [] }), 'history'));
    const bad = run(start, { type: 'edited', change: (d) => ({ ...d, entry: { ...d.entry, touched: true, status: 'Refused' } }) }, { type: 'continued', today: TODAY });
    expect(bad.page).toBe('history');
    expect(bad.errors.map((e) => e.id)).toEqual(['entry-seenOn']);
    const good = run(bad, { type: 'edited', change: (d) => ({ ...d, entry: { ...d.entry, seenOn: '2026-09-02' } }) }, { type: 'continued', today: TODAY });
    expect(good.page).toBe('letter');
    expect(good.draft.history).toHaveLength(1);
  });

  it('from check answers: sends the user to the first step with a problem, then back', () => {
    const s = run(fresh(fromCaseFile(CF), 'review'), { type: 'edited', change: { passport: '' } }, { type: 'continued', today: TODAY });
    expect(s).toMatchObject({ page: 'interview', returnTo: 'review' });
    expect(s.errors.map((e) => e.id)).toEqual(['passport']);
    expect(previousPage(s)).toBe('review');
    const back = run(s, { type: 'edited', change: { passport: 'kept' } }, { type: 'continued', today: TODAY });
    expect(back).toMatchObject({ page: 'review', returnTo: null });
    expect(run(back, { type: 'continued', today: TODAY })).toMatchObject({ page: 'result', inAddress: true });
  });
});

describe('the case tools', () => {
  it('import replaces the case and opens its result with a notice', () => {
    const s = run(fresh(), { type: 'importFailed', errors: ['x'] }, { type: 'imported', caseFile: CF, warnings: ['w'] });
    expect(shown(s)).toMatchObject({ page: 'result', importErrors: [], resultNotice: ['Case file imported.', 'w'] });
    expect(s.draft).toEqual(fromCaseFile(CF));
  });

  it('clear starts a new case on the first step and stops the address bar following it', () => {
    const s = run(fresh(fromCaseFile(CF), 'result'), { type: 'cleared' });
    expect(shown(s)).toMatchObject({ page: 'visa', inAddress: false, toolMessage: 'This case was cleared from this device.' });
    expect(s.draft).toEqual(emptyDraft());
  });
});

describe('case links', () => {
  it('opens, shows and leaves a link without touching the saved case', () => {
    const own = fresh(fromCaseFile(CF), 'letter');
    const opening = run(own, { type: 'linkOpened', fragment: '#v1.abc' });
    expect(opening.link).toEqual({ kind: 'opening', fragment: '#v1.abc' });
    const stale = run(opening, { type: 'linkDecoded', link: { kind: 'broken', fragment: '#v1.other', error: 'x', reason: 'corrupt' } });
    expect(stale.link?.kind).toBe('opening');
    const open = run(opening, { type: 'linkDecoded', link: { kind: 'open', fragment: '#v1.abc', caseFile: { ...CF, visaClass: 'L-1A' }, warnings: [] } });
    expect(open.link?.kind).toBe('open');
    expect(open.draft).toEqual(own.draft);
    expect(run(open, { type: 'linkLeft' })).toMatchObject({ link: null, page: 'letter' });
    const edited = run(open, { type: 'linkEdited', caseFile: { ...CF, visaClass: 'L-1A' } });
    expect(edited).toMatchObject({ link: null, page: 'review' });
    expect(edited.draft.visaClass).toBe('L-1A');
  });

  it('a link holding this device\'s own case opens the app as usual', () => {
    const s = run(fresh(fromCaseFile(CF), 'letter'), { type: 'linkOpened', fragment: '#v1.abc' }, { type: 'ownLinkOpened', showResult: true });
    expect(s).toMatchObject({ link: null, page: 'result', inAddress: true });
  });
});

describe('a case file saved beside a draft that could not be read', () => {
  it('is restored once checked, and nothing is saved over it meanwhile', () => {
    const s = initialState({ draft: emptyDraft(), page: 'result', corrupt: false, caseFile: {} }, { step: null, hashIsLink: false }, null);
    expect(s).toMatchObject({ restoring: true, page: 'visa' });
    const restored = run(s, { type: 'savedCaseRestored', caseFile: CF, page: 'result' });
    expect(restored).toMatchObject({ restoring: false, page: 'result' });
    expect(restored.draft).toEqual(fromCaseFile(CF));
    expect(shown(run(s, { type: 'savedCaseUnreadable' }))).toMatchObject({ restoring: false, toolMessage: expect.stringMatching(/could not be read/) });
    expect(fresh().restoring).toBe(false);
  });
});

describe('keeping the case on this device', () => {
  it('a refused save is shown until a save works again; repeats change nothing', () => {
    const s = fresh();
    expect(s.storage).toEqual({ refused: false, elsewhere: null, unreadable: null });
    const refused = run(s, { type: 'saveRefused' });
    expect(refused.storage.refused).toBe(true);
    expect(run(refused, { type: 'saveRefused' })).toBe(refused);
    expect(run(refused, { type: 'saveWorked' }).storage.refused).toBe(false);
    expect(run(s, { type: 'saveWorked' })).toBe(s);
    expect(savingPaused(refused)).toBe(false);
  });

  it('another tab\'s different case pauses saving until the user chooses', () => {
    const own = run(fresh(), { type: 'edited', change: { visaClass: 'O-1' } });
    expect(savingPaused(own)).toBe(false);
    const same = run(own, { type: 'storageChangedElsewhere', draft: { ...own.draft, entry: { ...own.draft.entry, touched: true } }, page: 'notes' });
    expect(same).toBe(own);
    const changed = run(own, { type: 'storageChangedElsewhere', draft: fromCaseFile(CF), page: 'result' });
    expect(changed.storage.elsewhere).toEqual({ draft: fromCaseFile(CF), page: 'result' });
    expect(savingPaused(changed)).toBe(true);
    // Edits go on in this tab meanwhile.
    expect(run(changed, { type: 'edited', change: { visaClass: 'L-1B' } }).draft.visaClass).toBe('L-1B');

    const loaded = run(changed, { type: 'newerCaseLoaded' });
    expect(loaded).toMatchObject({ page: 'result', storage: { elsewhere: null }, move: { push: true } });
    expect(loaded.draft).toEqual(fromCaseFile(CF));
    expect(savingPaused(loaded)).toBe(false);

    const kept = run(changed, { type: 'keptThisCase' });
    expect(kept.storage.elsewhere).toBeNull();
    expect(kept.draft).toEqual(own.draft);
    expect(savingPaused(kept)).toBe(false);

    // The other tab went back to this tab's answers: nothing left to choose.
    expect(run(changed, { type: 'storageChangedElsewhere', draft: own.draft, page: 'visa' }).storage.elsewhere).toBeNull();
    // Clearing is a choice too.
    expect(run(changed, { type: 'cleared' }).storage.elsewhere).toBeNull();
  });

  it('a newer case that cannot show a result opens on the first step', () => {
    const s = run(fresh(fromCaseFile(CF), 'result'), { type: 'storageChangedElsewhere', draft: { ...emptyDraft(), visaClass: 'O-1' }, page: 'result' }, { type: 'newerCaseLoaded' });
    expect(s.page).toBe('visa');
    expect(s.draft.visaClass).toBe('O-1');
  });

  it('an unreadable value: kept aside, or held (nothing saved over it)', () => {
    const aside = initialState({ draft: emptyDraft(), page: '', corrupt: true, unreadable: 'aside' }, { step: null, hashIsLink: false }, null);
    expect(aside.storage.unreadable).toBe('aside');
    expect(savingPaused(aside)).toBe(false);
    const held = run(fresh(), { type: 'unreadableChangedElsewhere', unreadable: 'held' });
    expect(savingPaused(held)).toBe(true);
    const checking = initialState({ draft: emptyDraft(), page: 'result', corrupt: false, caseFile: {} }, { step: null, hashIsLink: false }, null);
    expect(savingPaused(checking)).toBe(true);
    expect(shown(run(checking, { type: 'savedCaseUnreadable', unreadable: 'aside' }))).toMatchObject({
      restoring: false, storage: { unreadable: 'aside' }, toolMessage: expect.stringMatching(/could not be read/),
    });
  });
});

describe('Back', () => {
  it('goes to the step before, to check answers from the result, and nowhere from the first step', () => {
    expect(previousPage({ page: 'visa', returnTo: null })).toBeNull();
    expect(previousPage({ page: 'letter', returnTo: null })).toBe('history');
    expect(previousPage({ page: 'result', returnTo: null })).toBe('review');
  });

  it('the browser\'s Back to the result of a case that cannot show one lands on check answers', () => {
    expect(run(fresh(emptyDraft(), 'notes'), { type: 'historyMoved', page: 'result' }).page).toBe('review');
  });
});
