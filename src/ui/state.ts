/**
 * The page's state, in one place: the case being answered, the page shown, errors, the case link
 * being viewed, and the messages of the case tools. Every change is a named event; `reduce` is pure
 * (the caller passes today's date where a check needs it), and the effects (storage, address bar,
 * focus, title) live in ./hooks.ts.
 */
import { text, type Text } from '../i18n/text';
import type { CaseFile } from '../rules/types';
import type { LinkErrorKind } from '../share';
import { commitEntry, emptyDraft, fromCaseFile, isEmptyDraft, toCaseFile, type Draft } from '../intake/draft';
import { QUESTION_STEPS, STEPS, isPage, type FieldError, type Page, type StepId } from '../intake/form';
import type { Problem } from '../intake/restore';
import { restoreDraft, type Saved } from '../intake/saved';
import { firstProblem, validateEntry, validateStep } from '../intake/validate';

export type LinkState =
  | { kind: 'opening'; fragment: string }
  | { kind: 'open'; fragment: string; caseFile: CaseFile; warnings: string[] }
  /** `reason`: why the link could not be read, or 'load' when the app's code for it could not be loaded. */
  | { kind: 'broken'; fragment: string; error: string; reason: LinkErrorKind | 'load' };

export type ScrubbedField = 'post' | 'notes';

/** A stored value that could not be read: 'aside' once copied to the aside key; 'held' when it could not be, so nothing is saved over it. */
export type Unreadable = 'aside' | 'held';

/** How the case is kept on this device (./storage.ts, and `usePersistedDraft`, `useCaseChangedElsewhere`). */
export interface StorageState {
  /** The browser refused the last save (storage full, blocked, private mode): the case is not being kept on this device. */
  refused: boolean;
  /** A different case another tab of this browser saved: nothing is saved over it until the user chooses. */
  elsewhere: { draft: Draft; page: Page | '' } | null;
  unreadable: Unreadable | null;
}

export interface AppState {
  draft: Draft;
  page: Page;
  errors: FieldError[];
  /** Counts each time errors are shown, so the error summary takes focus every time. */
  errorTick: number;
  /** Set while changing an answer from the check-answers page: Continue goes back there. */
  returnTo: 'review' | null;
  /** Questions whose text just had an identifier removed (a notice says so). */
  scrubbed: Partial<Record<ScrubbedField, true>>;
  /** The case tools' last message (null: none). */
  toolMessage: Text | null;
  /** Why the last imported file could not be read: this app's messages, or the case file schema's English words. */
  importErrors: Problem[];
  /** Shown at the top of the result page (after an import): this app's message, then the schema's English warnings. */
  resultNotice: Problem[];
  /** A case link being viewed, read-only; null for the user's own case. */
  link: LinkState | null;
  /** Whether the address bar carries the user's own case (see addressBar.ts). */
  inAddress: boolean;
  updated: boolean;
  /** A case file saved beside an unreadable draft is being checked: nothing is saved over it meanwhile. */
  restoring: boolean;
  storage: StorageState;
  /** The last page move made in the app: which control to focus after it, and whether it adds a browser history entry. */
  move: { seq: number; focus: string | null; push: boolean };
}

export type AppEvent =
  | { type: 'edited'; change: Partial<Draft> | ((d: Draft) => Draft) }
  | { type: 'scrubbed'; field: ScrubbedField }
  | { type: 'errorsShown'; errors: FieldError[] }
  /** A move made in the app (Back, Change, a link on the result page). `returnTo` undefined keeps it. */
  | { type: 'stepChanged'; page: Page; focus?: string; returnTo?: 'review' | null }
  | { type: 'continued'; today: string }
  /** The browser's Back or Forward button. */
  | { type: 'historyMoved'; page: Page }
  | { type: 'imported'; caseFile: CaseFile; warnings: string[] }
  /** The case file saved beside a draft that could not be read, once checked (or found unreadable). */
  | { type: 'savedCaseRestored'; caseFile: CaseFile; page: Page | '' }
  | { type: 'savedCaseUnreadable'; unreadable?: Unreadable }
  /** Whether the browser took the last save. */
  | { type: 'saveRefused' }
  | { type: 'saveWorked' }
  /** Another tab of this browser saved a case (restored through restoreSaved), or a value that could not be read. */
  | { type: 'storageChangedElsewhere'; draft: Draft; page: Page | '' }
  | { type: 'unreadableChangedElsewhere'; unreadable: Unreadable }
  /** The user's choice: the case the other tab saved, or this tab's case saved over it. */
  | { type: 'newerCaseLoaded' }
  | { type: 'keptThisCase' }
  | { type: 'importFailed'; errors: Problem[] }
  | { type: 'exported' }
  | { type: 'exportRefused' }
  | { type: 'cleared' }
  | { type: 'linkOpened'; fragment: string }
  | { type: 'linkDecoded'; link: Exclude<LinkState, { kind: 'opening' }> }
  /** The link holds this device's own case: open the app as usual (on the result unless a step was asked for). */
  | { type: 'ownLinkOpened'; showResult: boolean }
  | { type: 'linkClosed' }
  | { type: 'linkLeft'; page?: Page }
  | { type: 'linkEdited'; caseFile: CaseFile }
  | { type: 'appUpdated' }
  | { type: 'updateDismissed' };

const UNREADABLE = text(/*i18n*/ 'app.tools.unreadable');

const canShowResult = (d: Draft): boolean => toCaseFile(d).ok;

/**
 * The first state, from what was saved on this device and the address: the page in `?step=`, and
 * the fragment (`hashIsLink`: it holds a case link; `link`: one to open, not this device's own).
 */
export function initialState(saved: Saved & { unreadable?: Unreadable }, url: { step: string | null; hashIsLink: boolean }, link: LinkState | null): AppState {
  const want: Page = isPage(url.step) ? url.step : saved.page || 'visa';
  const page = want === 'result' && !canShowResult(saved.draft) ? 'visa' : want;
  return settle({
    draft: saved.draft, page, errors: [], errorTick: 0, returnTo: null, scrubbed: {},
    toolMessage: saved.corrupt ? UNREADABLE : null,
    importErrors: [], resultNotice: [], link, inAddress: url.hashIsLink, updated: false,
    restoring: saved.caseFile !== undefined,
    storage: { refused: false, elsewhere: null, unreadable: saved.unreadable ?? null },
    move: { seq: 0, focus: null, push: false },
  });
}

/** Nothing is saved over what is stored: a link's page, a saved case file being checked, a choice to make. */
export function savingPaused(s: Pick<AppState, 'link' | 'restoring' | 'storage'>): boolean {
  return s.link !== null || s.restoring || s.storage.elsewhere !== null || s.storage.unreadable === 'held';
}

/** The same answers, as saved (the form of an unfinished history entry is not kept). */
const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(restoreDraft(a)) === JSON.stringify(restoreDraft(b));

const withStorage = (s: AppState, change: Partial<StorageState>): AppState => ({ ...s, storage: { ...s.storage, ...change } });

/** What always holds: once the user's own result is shown, the address bar carries the case. */
function settle(s: AppState): AppState {
  return s.page === 'result' && !s.link && !s.inAddress ? { ...s, inAddress: true } : s;
}

function showErrors(s: AppState, errors: FieldError[]): AppState {
  return { ...s, errors, errorTick: errors.length ? s.errorTick + 1 : s.errorTick };
}

/** A page move made in the app: one browser history entry, errors and notices cleared. */
function go(s: AppState, page: Page, focus?: string): AppState {
  return { ...s, page, errors: [], scrubbed: {}, move: { seq: s.move.seq + 1, focus: focus ?? null, push: true } };
}

/** Where the Back link goes: the step before, or back to the check-answers page while changing an answer. */
export function previousPage(s: Pick<AppState, 'page' | 'returnTo'>): Page | null {
  if (s.page === 'result') return 'review';
  if (s.returnTo && s.page !== 'review') return s.returnTo;
  const at = STEPS.findIndex((x) => x.id === s.page);
  return at > 0 ? STEPS[at - 1]!.id : null;
}

const nextPage = (page: StepId): Page => STEPS[STEPS.findIndex((x) => x.id === page) + 1]!.id;

function continued(s: AppState, today: string): AppState {
  if (s.page === 'result') return s;
  if (s.page === 'review') {
    const problem = firstProblem(s.draft, today, QUESTION_STEPS);
    if (problem) return showErrors(go({ ...s, returnTo: 'review' }, problem.step), problem.errors);
    if (!canShowResult(s.draft)) return s;
    return go({ ...s, resultNotice: [], returnTo: null }, 'result');
  }
  let d = s.draft;
  if (s.page === 'history' && d.entry.open) {
    if (d.entry.touched) {
      const errs = validateEntry(d.entry, today);
      if (errs.length) return showErrors(s, errs);
      d = commitEntry(d);
    } else if (d.history.length) {
      d = { ...d, entry: { ...d.entry, open: false } };
    }
  }
  const errs = validateStep(s.page, d, today);
  if (errs.length) return showErrors(s, errs);
  return go({ ...s, draft: d, returnTo: null }, s.returnTo ?? nextPage(s.page));
}

/** Leaves a link's page; the saved case is as it was, and the address bar follows it again. */
function leaveLink(s: AppState, page?: Page): AppState {
  const out = { ...s, link: null, errors: [] };
  return page ? go(out, page) : out;
}

export function reduce(s: AppState, e: AppEvent): AppState {
  return settle(step(s, e));
}

function step(s: AppState, e: AppEvent): AppState {
  switch (e.type) {
    case 'edited':
      return { ...s, draft: typeof e.change === 'function' ? e.change(s.draft) : { ...s.draft, ...e.change } };
    case 'scrubbed':
      return { ...s, scrubbed: { ...s.scrubbed, [e.field]: true } };
    case 'errorsShown':
      return showErrors(s, e.errors);
    case 'stepChanged':
      return go(e.returnTo === undefined ? s : { ...s, returnTo: e.returnTo }, e.page, e.focus);
    case 'continued':
      return continued(s, e.today);
    case 'historyMoved':
      return { ...s, errors: [], page: e.page === 'result' && !canShowResult(s.draft) ? 'review' : e.page };
    case 'imported':
      return go({
        ...s, draft: fromCaseFile(e.caseFile), returnTo: null, importErrors: [], toolMessage: null,
        resultNotice: [text(/*i18n*/ 'app.tools.imported'), ...e.warnings],
      }, 'result');
    case 'savedCaseRestored':
      return isEmptyDraft(s.draft) ? { ...s, restoring: false, draft: fromCaseFile(e.caseFile), page: e.page || s.page } : { ...s, restoring: false };
    case 'savedCaseUnreadable':
      return withStorage({ ...s, restoring: false, toolMessage: UNREADABLE }, { unreadable: e.unreadable ?? s.storage.unreadable });
    case 'saveRefused':
      return s.storage.refused ? s : withStorage(s, { refused: true });
    case 'saveWorked':
      return s.storage.refused ? withStorage(s, { refused: false }) : s;
    case 'storageChangedElsewhere':
      // The same answers (another tab opened this case, or moved to another step): nothing to choose.
      if (sameDraft(s.draft, e.draft)) return s.storage.elsewhere ? withStorage(s, { elsewhere: null }) : s;
      return withStorage(s, { elsewhere: { draft: e.draft, page: e.page } });
    case 'unreadableChangedElsewhere':
      return withStorage(s, { unreadable: e.unreadable });
    case 'newerCaseLoaded': {
      const newer = s.storage.elsewhere;
      if (!newer) return s;
      const want = newer.page || s.page;
      const page = want === 'result' && !canShowResult(newer.draft) ? 'visa' : want;
      return {
        ...go(withStorage({ ...s, draft: newer.draft, returnTo: null, importErrors: [], resultNotice: [] }, { elsewhere: null }), page),
        toolMessage: text(/*i18n*/ 'app.tools.newerLoaded'),
      };
    }
    case 'keptThisCase':
      return { ...withStorage(s, { elsewhere: null }), toolMessage: text(/*i18n*/ 'app.tools.keptThisCase') };
    case 'importFailed':
      return { ...s, importErrors: e.errors, toolMessage: null };
    case 'exported':
      return { ...s, toolMessage: text(/*i18n*/ 'app.tools.exported') };
    case 'exportRefused':
      return { ...s, toolMessage: text(/*i18n*/ 'app.tools.nothingToExport') };
    case 'cleared':
      // Clearing is the user's choice about what this browser keeps: it settles a pending choice too.
      return {
        ...go({ ...s, storage: { ...s.storage, elsewhere: null }, draft: emptyDraft(), inAddress: false, returnTo: null, importErrors: [], resultNotice: [] }, 'visa'),
        toolMessage: text(/*i18n*/ 'app.tools.cleared'),
      };
    case 'linkOpened':
      return s.link?.fragment === e.fragment ? s : { ...s, link: { kind: 'opening', fragment: e.fragment } };
    case 'linkDecoded':
      return s.link?.kind === 'opening' && s.link.fragment === e.link.fragment ? { ...s, link: e.link } : s;
    case 'ownLinkOpened':
      return { ...s, link: null, page: e.showResult ? 'result' : s.page };
    case 'linkClosed':
      return { ...s, link: null };
    case 'linkLeft':
      return leaveLink(s, e.page);
    case 'linkEdited':
      return leaveLink({
        ...s, draft: fromCaseFile(e.caseFile), returnTo: null, resultNotice: [], importErrors: [], toolMessage: null,
      }, 'review');
    case 'appUpdated':
      return { ...s, updated: true };
    case 'updateDismissed':
      return { ...s, updated: false };
  }
}
