/**
 * The refusal explainer: a short multi-step form (GOV.UK patterns), a check-answers page and the
 * assessment, or a case link's read-only page. This file only wires the parts together:
 *   state (one reducer, named events)  ./state.ts
 *   effects (address, storage, focus)  ./hooks.ts
 *   the form's pages                   ./QuestionPage.tsx (questions described in src/intake/form.ts)
 *   the result and link pages          ./Result.tsx, ./LinkPage.tsx (loaded on demand)
 *   import, export, clear              ./CaseTools.tsx
 * All rules and date logic live in src/rules.
 */
import { useMemo, useReducer, useRef, useState } from 'react';
import { I18nProvider, useLingui } from '@lingui/react';
import { activate, i18n as pageI18n, rememberLocale } from '../i18n';
import type { Locale } from '../i18n/locales';
import { show, type Text } from '../i18n/text';
import { isEmptyDraft, toCaseFile } from '../intake/draft';
import type { Saved } from '../intake/saved';
import { STEPS } from '../intake/form';
import { VERDICT_LABEL_MESSAGES } from '../rules/labels';
import { LINK_HASH, linkFromHash, writeHash } from './addressBar';
import { CaseTools, StorageNotice } from './CaseTools';
import { Chrome } from './Chrome';
import {
  currentStep, useAppUpdated, useCaseChangedElsewhere, useCaseLink, useDocumentTitle, usePageFocus, usePersistedDraft, useResultModule,
  useSavedCaseFile, useStepUrl,
} from './hooks';
import { QuestionPage } from './QuestionPage';
import { decodedIfReady, linkOpenedEvent, resultModuleIfLoaded } from './resultModule';
import { initialState, previousPage, reduce, type AppState } from './state';
import { loadStored } from './storage';
import { localToday } from './today';

/** The first state; a link already decoded before the first render (src/main.tsx) opens at once. */
function openingState(saved: Saved): AppState {
  const s = initialState(saved, { step: currentStep(), hashIsLink: LINK_HASH.test(window.location.hash) }, linkFromHash());
  const m = resultModuleIfLoaded();
  const decoded = s.link?.kind === 'opening' ? decodedIfReady(s.link.fragment) : undefined;
  if (!m || !decoded || s.link?.kind !== 'opening') return s;
  const own = toCaseFile(s.draft);
  return reduce(s, linkOpenedEvent(m, s.link.fragment, decoded, own.ok ? own.caseFile : undefined, currentStep() !== null));
}

/** The page in its language: the catalog is loaded before the first render (src/main.tsx, tests/setup.ts). */
export function App(props: { today?: string }) {
  return (
    <I18nProvider i18n={pageI18n}>
      <Page {...props} />
    </I18nProvider>
  );
}

/** Switches the page's language once its catalog has loaded, and remembers it on this device. */
async function chooseLanguage(locale: Locale): Promise<void> {
  await activate(locale);
  rememberLocale(locale);
}

function Page({ today: todayProp }: { today?: string }) {
  const { i18n } = useLingui();
  const titleOf = (step: Text | undefined): string => (step ? show(i18n, step) : '');
  const today = useMemo(() => todayProp ?? localToday(), [todayProp]);
  const [saved] = useState(loadStored);
  const [state, dispatch] = useReducer(reduce, saved, openingState);
  const { draft, page, link } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const converted = useMemo(() => toCaseFile(draft), [draft]);
  const ownCase = converted.ok ? converted.caseFile : undefined;
  const [resultMod, loadResult] = useResultModule(page === 'result');
  const shown = link?.kind === 'open' ? link.caseFile : page === 'result' ? ownCase : undefined;
  const assessment = useMemo(() => (shown && resultMod ? resultMod.assessCase(shown, today) : undefined), [shown, today, resultMod]);
  const verdict = assessment && resultMod ? i18n._(VERDICT_LABEL_MESSAGES[assessment.verdict].id) : undefined;

  useSavedCaseFile(saved, dispatch);
  useCaseLink(state, ownCase, loadResult, dispatch);
  useStepUrl(page, link !== null, state.move, dispatch);
  usePersistedDraft(state, dispatch);
  useCaseChangedElsewhere(dispatch);
  useAppUpdated(dispatch);
  const title = link
    ? link.kind === 'opening'
      ? i18n._('app.title.opening')
      : link.kind === 'open' && verdict ? i18n._('app.title.link', { verdict }) : i18n._('app.title.linkBroken')
    : page === 'result'
      ? (verdict ? i18n._('app.title.result', { verdict }) : i18n._('app.title.resultPending'))
      : titleOf(STEPS.find((s) => s.id === page)?.title);
  useDocumentTitle(title, state.errors.length > 0);
  usePageFocus(headingRef, summaryRef, `${page}|${resultMod ? 1 : 0}|${link?.kind ?? ''}`, state);

  /** Leaves a link's page: the fragment goes, and the address bar follows the saved case again. */
  const leaveLink = () => writeHash('');
  const back = previousPage(state);

  return (
    <Chrome today={today} updated={state.updated} onDismissUpdate={() => dispatch({ type: 'updateDismissed' })} onLanguage={chooseLanguage}>
      {link ? (
        link.kind === 'opening' || !resultMod ? (
          <p className="caption" role="status">{i18n._('app.opening')}</p>
        ) : (
          <resultMod.LinkPage
            link={link}
            verdict={assessment?.verdict}
            headingRef={headingRef}
            hasSaved={!isEmptyDraft(draft)}
            ownCase={ownCase}
            onEdit={(caseFile) => { leaveLink(); dispatch({ type: 'linkEdited', caseFile }); }}
            onLeave={(startNew) => { leaveLink(); dispatch({ type: 'linkLeft', page: startNew ? 'visa' : undefined }); }}
          >
            {link.kind === 'open' && assessment ? (
              <resultMod.Result a={assessment} caseFile={link.caseFile} today={today} notice={link.warnings} mode="link" />
            ) : null}
          </resultMod.LinkPage>
        )
      ) : (
        <>
          {back ? (
            <a
              className="back-link"
              href={`?step=${back}`}
              onClick={(e) => {
                e.preventDefault();
                dispatch({ type: 'stepChanged', page: back, returnTo: back === 'review' ? null : undefined });
              }}
            >
              {i18n._('app.back')}
            </a>
          ) : null}
          <StorageNotice state={state} ownCase={ownCase} today={today} dispatch={dispatch} />
          {page !== 'result' ? (
            <QuestionPage state={state} today={today} dispatch={dispatch} headingRef={headingRef} summaryRef={summaryRef} />
          ) : assessment && ownCase && resultMod ? (
            <>
              <p className="caption">{i18n._('app.result.caption')}</p>
              <h1 ref={headingRef} tabIndex={-1}>{verdict}</h1>
              <resultMod.Result
                a={assessment}
                caseFile={ownCase}
                today={today}
                notice={state.resultNotice.map((n) => (typeof n === 'string' ? n : show(i18n, n)))}
                onGo={(step, focus) => dispatch({ type: 'stepChanged', page: step, focus, returnTo: step === 'review' ? null : 'review' })}
              />
            </>
          ) : (
            <p className="caption" role="status">{i18n._('app.result.working')}</p>
          )}
          <CaseTools state={state} ownCase={ownCase} today={today} dispatch={dispatch} />
        </>
      )}
    </Chrome>
  );
}
