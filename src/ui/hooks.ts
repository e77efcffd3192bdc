/**
 * The page's effects, one named hook each: the step in the address, the case link in the fragment,
 * the draft saved on this device, the title, focus, and the "updated" notice. State changes go
 * through `dispatch` (./state.ts); these hooks only talk to the browser.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import { useLingui } from '@lingui/react';
import { i18n } from '../i18n';
import { onAppUpdated } from '../pwa';
import type { CaseFile } from '../rules/types';
import { fromCaseFile, isEmptyDraft } from '../intake/draft';
import { isPage, type Page } from '../intake/form';
import { LINK_HASH, ownLink, writeHash } from './addressBar';
import { restoreSaved, type Saved } from '../intake/saved';
import { decodeLink, linkOpenedEvent, loadResultModule, resultModuleIfLoaded, type ResultModule } from './resultModule';
import { savingPaused, type AppEvent, type AppState } from './state';
import { clearStored, isStoredCaseEvent, keepAside, keepStoredAside, readStored, saveStored } from './storage';

export type { ResultModule };

/** The result page's code, loaded on demand (./resultModule.ts); `load` starts it early. */
export function useResultModule(needed: boolean): [ResultModule | null, () => Promise<ResultModule>] {
  const [mod, setMod] = useState<ResultModule | null>(resultModuleIfLoaded);
  const load = useCallback(() => loadResultModule().then((m) => { setMod(m); return m; }), []);
  useEffect(() => {
    if (needed && !mod) void load();
  }, [needed, mod, load]);
  return [mod, load];
}

export const currentStep = (): string | null => {
  try {
    return new URLSearchParams(window.location.search).get('step');
  } catch {
    return null;
  }
};

/**
 * The step in the query (`?step=`; never the fragment, which holds case links). A move made in the
 * app adds one browser history entry, so Back goes back a step as on a multi-page form; typing never
 * adds one. Back and Forward come back as `historyMoved`. A link's page has no step.
 */
export function useStepUrl(page: Page, inLink: boolean, move: AppState['move'], dispatch: Dispatch<AppEvent>): void {
  const pushed = useRef(move.seq);
  useEffect(() => {
    if (inLink) return;
    try {
      const url = new URL(window.location.href);
      const changed = url.searchParams.get('step') !== page;
      url.searchParams.set('step', page);
      const target = `${url.pathname}${url.search}${url.hash}`;
      if (changed && move.push && pushed.current !== move.seq) window.history.pushState(null, '', target);
      else window.history.replaceState(window.history.state, '', target);
      pushed.current = move.seq;
    } catch {
      // not fatal
    }
  }, [page, inLink, move]);

  useEffect(() => {
    const onPop = () => {
      const step = currentStep();
      if (isPage(step)) dispatch({ type: 'historyMoved', page: step });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}

/**
 * Case links in the fragment: opens one (decoded off the first load; never throws), notices a link
 * pasted into the address bar of an open tab, and keeps the address bar following the user's own
 * case once its result has been shown (see addressBar.ts).
 */
export function useCaseLink(
  state: Pick<AppState, 'link' | 'inAddress'>,
  ownCase: CaseFile | undefined,
  loadResult: () => Promise<ResultModule>,
  dispatch: Dispatch<AppEvent>,
): void {
  const { link, inAddress } = state;
  // The decoder compares a link with the case as it is when the link has been read.
  const own = useRef(ownCase);
  useEffect(() => {
    own.current = ownCase;
  }, [ownCase]);

  useEffect(() => {
    if (link?.kind !== 'opening') return;
    let current = true;
    const fragment = link.fragment;
    loadResult().then(
      async (m) => {
        const r = await decodeLink(m, fragment);
        if (current) dispatch(linkOpenedEvent(m, fragment, r, own.current, currentStep() !== null));
      },
      () => {
        // Written in the page's language now: the link's page shows the error as it is (./LinkPage.tsx).
        if (current) dispatch({ type: 'linkDecoded', link: { kind: 'broken', fragment, error: i18n._('app.link.loadFailed'), reason: 'load' } });
      },
    );
    return () => {
      current = false;
    };
  }, [link, loadResult, dispatch]);

  useEffect(() => {
    const onHash = () => {
      const h = window.location.hash;
      if (LINK_HASH.test(h)) dispatch(h === ownLink() ? { type: 'linkClosed' } : { type: 'linkOpened', fragment: h });
      else if (h === '') dispatch({ type: 'linkClosed' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [dispatch]);

  // The address bar follows the user's own case, 300 ms after the last change; a link's page keeps its link.
  const inLink = link !== null;
  useEffect(() => {
    if (inLink) return;
    const cf = inAddress ? ownCase : undefined;
    if (!cf) {
      if (LINK_HASH.test(window.location.hash)) writeHash('');
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void import('../share')
        .then((m) => m.encodeCaseLink(cf))
        .then((fragment) => { if (current) writeHash(fragment); }, () => undefined);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ownCase, inLink, inAddress]);
}

/** A case file saved beside a draft that could not be read: checked by the case file's schema, loaded on demand. */
export function useSavedCaseFile(saved: Saved, dispatch: Dispatch<AppEvent>): void {
  useEffect(() => {
    if (saved.caseFile === undefined) return;
    let current = true;
    import('../intake/restore').then(
      (m) => {
        const r = m.restoreCaseFile(saved.caseFile);
        if (!current) return;
        // Unreadable after all: kept aside before anything is saved over it (saving waits for this).
        dispatch(r.ok ? { type: 'savedCaseRestored', caseFile: r.caseFile, page: saved.page } : { type: 'savedCaseUnreadable', unreadable: keepStoredAside() });
      },
      () => { if (current) dispatch({ type: 'savedCaseUnreadable', unreadable: keepStoredAside() }); },
    );
    return () => {
      current = false;
    };
  }, [saved, dispatch]);
}

/**
 * Keeps the case on this device; an empty case leaves nothing behind. Nothing is written while
 * saving is paused (`savingPaused`): on a link's page, while a saved case file is still being
 * checked, while another tab's case waits for the user's choice, or over an unreadable value that
 * could not be kept aside. Whether the browser took the write comes back as `saveRefused` or
 * `saveWorked`.
 */
export function usePersistedDraft(
  state: Pick<AppState, 'draft' | 'page' | 'link' | 'restoring' | 'storage'>,
  dispatch: Dispatch<AppEvent>,
): void {
  const { draft, page } = state;
  const paused = savingPaused(state);
  useEffect(() => {
    if (paused) return;
    const ok = isEmptyDraft(draft) ? clearStored() : saveStored(draft, page);
    dispatch({ type: ok ? 'saveWorked' : 'saveRefused' });
  }, [draft, page, paused, dispatch]);
}

/**
 * The case changed in another tab or window of this browser (the `storage` event): read back
 * through the restore path and handed to the reducer, which stops saving over a different case
 * until the user chooses. A value that cannot be read is kept aside first.
 */
export function useCaseChangedElsewhere(dispatch: Dispatch<AppEvent>): void {
  useEffect(() => {
    let current = true;
    const onStorage = (e: StorageEvent) => {
      if (!isStoredCaseEvent(e)) return;
      const raw = e.key === null ? readStored() : e.newValue;
      if (raw === undefined) return;
      const saved = restoreSaved(raw);
      if (saved.corrupt) {
        if (raw) dispatch({ type: 'unreadableChangedElsewhere', unreadable: keepAside(raw) });
        return;
      }
      if (saved.caseFile === undefined) {
        dispatch({ type: 'storageChangedElsewhere', draft: saved.draft, page: saved.page });
        return;
      }
      // Only a case file could be read: checked by its schema first, as on opening.
      import('../intake/restore').then(
        (m) => {
          if (!current) return;
          const r = m.restoreCaseFile(saved.caseFile);
          if (r.ok) dispatch({ type: 'storageChangedElsewhere', draft: fromCaseFile(r.caseFile), page: saved.page });
          else if (raw) dispatch({ type: 'unreadableChangedElsewhere', unreadable: keepAside(raw) });
        },
        () => undefined,
      );
    };
    window.addEventListener('storage', onStorage);
    return () => {
      current = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [dispatch]);
}

/** The page's title, then the site's name; "Error: " first while the page shows errors, as GOV.UK does. */
export function useDocumentTitle(title: string, hasErrors: boolean): void {
  const { i18n } = useLingui();
  const site = i18n._('chrome.site');
  const full = hasErrors ? i18n._('app.title.withErrors', { title, site }) : i18n._('app.title.page', { title, site });
  useEffect(() => {
    document.title = full;
  }, [full]);
}

/**
 * Focus after a page change: the control the move asked for, or else the page's heading. Not on
 * the first page, nor when a link the page opened with settles. The error summary takes focus each
 * time errors are shown.
 */
export function usePageFocus(
  heading: RefObject<HTMLHeadingElement | null>,
  summary: RefObject<HTMLDivElement | null>,
  pageKey: string,
  state: Pick<AppState, 'move' | 'errorTick' | 'link'>,
): void {
  const shownKey = useRef(pageKey);
  // A link being opened: its page appearing is not a move, so focus stays where the browser put it.
  const quiet = useRef(state.link?.kind === 'opening');
  const focused = useRef(state.move.seq);
  const { move } = state;
  useEffect(() => {
    // Only when the page (or what it shows) changes: not on the first page, nor on a move to the same page.
    if (shownKey.current === pageKey) return;
    shownKey.current = pageKey;
    if (quiet.current) {
      quiet.current = false;
      return;
    }
    const id = focused.current !== move.seq ? move.focus : null;
    focused.current = move.seq;
    const el = id ? document.getElementById(id) : null;
    (el ?? heading.current)?.focus();
  }, [pageKey, move, heading]);
  useEffect(() => {
    if (state.errorTick) summary.current?.focus();
  }, [state.errorTick, summary]);
}

/** The "updated" notice, when a new version of the app has taken over. */
export function useAppUpdated(dispatch: Dispatch<AppEvent>): void {
  useEffect(() => {
    const off = onAppUpdated(() => dispatch({ type: 'appUpdated' }));
    return () => { off(); };
  }, [dispatch]);
}

