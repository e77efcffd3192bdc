/**
 * The refusal explainer: a short multi-step form (GOV.UK patterns), a check-answers page and the
 * assessment. All rules and date logic live in src/rules; this file only routes and renders.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { onAppUpdated } from '../pwa';
import { formatDate } from '../rules/dates';
import { RULES_LAST_REVIEWED } from '../rules/reviewed';
import type { CaseFile } from '../rules/types';
import { commitEntry, emptyDraft, fromCaseFile, toCaseFile, type Draft } from './draft';
import { ErrorSummary } from './fields';
import { LINK_HASH, linkFromHash, ownLink, writeHash } from './addressBar';
import type { LinkState } from './LinkPage';
import { HistoryStep, InterviewStep, LetterStep, NotesStep, VisaStep, type StepProps } from './steps';
import { clearStored, loadStored, saveStored } from './storage';
import { localToday } from './today';
import { validateEntry, validateStep, type FieldError, type StepId } from './validate';

type Page = StepId | 'review' | 'result';
type ResultModule = typeof import('./Result');
// The check-answers page loads on demand: it is not needed for the first steps.
const Review = lazy(() => import('./Review').then((m) => ({ default: m.Review })));

const STEPS: Array<{ id: StepId | 'review'; title: string }> = [
  { id: 'visa', title: 'Visa and petition' },
  { id: 'interview', title: 'Interview' },
  { id: 'history', title: 'CEAC status history' },
  { id: 'letter', title: 'Refusal letter' },
  { id: 'notes', title: 'Notes' },
  { id: 'review', title: 'Check your answers' },
];
const PAGES: readonly Page[] = ['visa', 'interview', 'history', 'letter', 'notes', 'review', 'result'];
const QUESTION_STEPS: readonly StepId[] = ['visa', 'interview', 'history', 'letter', 'notes'];
const BODIES: Record<StepId, (p: StepProps) => React.JSX.Element> = {
  visa: VisaStep, interview: InterviewStep, history: HistoryStep, letter: LetterStep, notes: NotesStep,
};
const SITE = 'Refusal explainer';

const isEmptyDraft = (d: Draft): boolean => JSON.stringify(d) === JSON.stringify(emptyDraft());

function initialPage(stored: string, draft: Draft): Page {
  let fromUrl = '';
  try {
    fromUrl = new URLSearchParams(window.location.search).get('step') ?? '';
  } catch {
    // no URL
  }
  const want = (PAGES as readonly string[]).includes(fromUrl) ? fromUrl : (PAGES as readonly string[]).includes(stored) ? stored : 'visa';
  if (want === 'result' && !toCaseFile(draft).ok) return 'visa';
  return want as Page;
}

export function App({ today: todayProp }: { today?: string } = {}) {
  const today = useMemo(() => todayProp ?? localToday(), [todayProp]);
  const [initial] = useState(loadStored);
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [page, setPage] = useState<Page>(() => initialPage(initial.page, initial.draft));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [errorTick, setErrorTick] = useState(0);
  const [returnTo, setReturnTo] = useState<'review' | null>(null);
  const [scrubbed, setScrubbedState] = useState<Record<string, boolean>>({});
  const [toolMessage, setToolMessage] = useState<string>(initial.corrupt ? 'The case saved on this device could not be read, so a new case was started.' : '');
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [resultNotice, setResultNotice] = useState<string[]>([]);
  const [link, setLink] = useState<LinkState | null>(linkFromHash);
  const inLink = link !== null;
  // Whether the address bar carries the own case (see addressBar.ts).
  const [inAddress, setInAddress] = useState(() => page === 'result' || LINK_HASH.test(window.location.hash));
  if (page === 'result' && !inAddress && !inLink) setInAddress(true);
  const [updated, setUpdated] = useState(false);

  const h1Ref = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  const firstRender = useRef(true);
  // A move between pages made in the app adds one browser history entry, so the browser's Back
  // button goes back a step, as on a multi-page form; typing never adds one.
  const pushNext = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  // A link the page opened with settles without moving focus, as any first page does.
  const quietOpen = useRef(link !== null);

  const converted = useMemo(() => toCaseFile(draft), [draft]);
  const ownCase = useRef<CaseFile | undefined>(undefined);
  ownCase.current = converted.ok ? converted.caseFile : undefined;
  // The result page and the rules behind it load on demand.
  const [resultMod, setResultMod] = useState<ResultModule | null>(null);
  useEffect(() => {
    if (page === 'result' && !resultMod) void import('./Result').then((m) => setResultMod(m));
  }, [page, resultMod]);
  const shown = link?.kind === 'open' ? link.caseFile : page === 'result' && converted.ok ? converted.caseFile : undefined;
  const assessment = useMemo(() => {
    try {
      return shown && resultMod ? resultMod.assess(shown, today) : undefined;
    } catch {
      return undefined;
    }
  }, [shown, today, resultMod]);

  // Opening a case link: decode it (never throws), then show it, unless it is this device's own case.
  useEffect(() => {
    if (link?.kind !== 'opening') return;
    let current = true;
    import('./Result').then(
      async (m) => {
        const r = await m.decodeCaseLink(link.fragment);
        if (!current) return;
        setResultMod(m);
        const own = ownCase.current;
        if (r.ok && own && m.sameCase(own, r.caseFile)) {
          // The user's own case (a reload, or their own copied link): open it as usual.
          setLink(null);
          if (!new URLSearchParams(window.location.search).has('step')) setPage('result');
        } else {
          setLink(r.ok ? { kind: 'open', fragment: link.fragment, caseFile: r.caseFile, warnings: r.warnings } : { kind: 'broken', fragment: link.fragment, error: r.error, reason: r.kind });
        }
      },
      () => {
        if (current) setLink({ kind: 'broken', fragment: link.fragment, error: 'Part of this app could not be loaded, so the link could not be opened. Check the connection and reload the page.', reason: 'load' });
      },
    );
    return () => {
      current = false;
    };
  }, [link]);

  // A link pasted into the address bar of an open tab, or Back to an earlier one.
  useEffect(() => {
    const onHash = () => {
      const h = window.location.hash;
      if (LINK_HASH.test(h)) setLink((cur) => (h === ownLink() ? null : cur?.fragment === h ? cur : { kind: 'opening', fragment: h }));
      else if (h === '') setLink(null);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The address bar follows the user's own case (see addressBar.ts); a link's page keeps its link.
  useEffect(() => {
    if (inLink) return;
    const cf = inAddress && converted.ok ? converted.caseFile : undefined;
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
  }, [converted, inLink, inAddress]);

  useEffect(() => {
    const off = onAppUpdated(() => setUpdated(true));
    return () => { off(); };
  }, []);

  // The browser's Back and Forward buttons move between the pages the app pushed.
  useEffect(() => {
    const onPop = () => {
      const step = new URLSearchParams(window.location.search).get('step') ?? '';
      if (!(PAGES as readonly string[]).includes(step)) return;
      setErrors([]);
      setPage(step === 'result' && !toCaseFile(draftRef.current).ok ? 'review' : (step as Page));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Keep the case on this device; an empty case leaves nothing behind. A link's page writes nothing.
  useEffect(() => {
    if (inLink) return;
    if (isEmptyDraft(draft)) clearStored();
    else saveStored(draft, page);
  }, [draft, page, inLink]);

  // Reflect the step in the query (never the hash: share links use it). A link's page has no step.
  useEffect(() => {
    if (inLink) return;
    try {
      const url = new URL(window.location.href);
      const changed = url.searchParams.get('step') !== page;
      url.searchParams.set('step', page);
      const target = `${url.pathname}${url.search}${url.hash}`;
      if (changed && pushNext.current) window.history.pushState(null, '', target);
      else window.history.replaceState(window.history.state, '', target);
      pushNext.current = false;
    } catch {
      // not fatal
    }
  }, [page, inLink]);

  const pageTitle = link
    ? link.kind === 'opening' ? 'Opening the case link' : link.kind === 'open' && assessment && resultMod ? `${resultMod.VERDICT_LABELS[assessment.verdict]}: the case in this link` : 'This link could not be opened'
    : page === 'result' ? (assessment && resultMod ? `${resultMod.VERDICT_LABELS[assessment.verdict]}: your result` : 'Your result') : STEPS.find((s) => s.id === page)?.title ?? '';
  useEffect(() => {
    document.title = `${errors.length ? 'Error: ' : ''}${pageTitle} – ${SITE}`;
  }, [pageTitle, errors.length]);

  // Focus: the heading (or the field asked for) after a page change; the error summary after errors.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (quietOpen.current) {
      quietOpen.current = false;
      return;
    }
    const id = focusNext.current;
    focusNext.current = null;
    const el = id ? document.getElementById(id) : null;
    (el ?? h1Ref.current)?.focus();
  }, [page, resultMod, link?.kind]);
  useEffect(() => {
    if (errorTick) summaryRef.current?.focus();
  }, [errorTick]);

  const update: StepProps['update'] = (change) =>
    setDraft((d) => (typeof change === 'function' ? change(d) : { ...d, ...change }));
  const showErrors = (errs: FieldError[]) => {
    setErrors(errs);
    if (errs.length) setErrorTick((t) => t + 1);
  };
  const go = (next: Page, focusId?: string) => {
    pushNext.current = true;
    setErrors([]);
    setScrubbedState({});
    focusNext.current = focusId ?? null;
    setPage(next);
  };

  const stepIndex = STEPS.findIndex((s) => s.id === page);
  const prevPage: Page | null = page === 'result' ? 'review' : returnTo && page !== 'review' ? returnTo : stepIndex > 0 ? STEPS[stepIndex - 1]!.id : null;

  const onContinue = (ev: FormEvent) => {
    ev.preventDefault();
    if (page === 'review') {
      for (const step of QUESTION_STEPS) {
        const errs = validateStep(step, draft, today);
        if (errs.length) {
          setReturnTo('review');
          go(step);
          showErrors(errs);
          return;
        }
      }
      if (!converted.ok) return;
      setResultNotice([]);
      setReturnTo(null);
      go('result');
      return;
    }
    if (page === 'result') return;
    let d = draft;
    if (page === 'history' && d.entry.open) {
      if (d.entry.touched) {
        const errs = validateEntry(d.entry, today);
        if (errs.length) return showErrors(errs);
        d = commitEntry(d);
      } else if (d.history.length) {
        d = { ...d, entry: { ...d.entry, open: false } };
      }
    }
    const errs = validateStep(page, d, today);
    if (errs.length) return showErrors(errs);
    setDraft(d);
    const next = returnTo ?? STEPS[stepIndex + 1]!.id;
    if (returnTo) setReturnTo(null);
    go(next);
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const io = await import('./io');
    const r = await io.readCaseFile(file);
    input.value = '';
    if (!r.ok) {
      setImportErrors(r.errors);
      setToolMessage('');
      return;
    }
    setImportErrors([]);
    setToolMessage('');
    setDraft(fromCaseFile(r.caseFile));
    setReturnTo(null);
    setResultNotice(['Case file imported.', ...r.warnings]);
    go('result');
  };

  const onExport = async () => {
    if (!converted.ok) {
      setToolMessage('There is nothing to export yet: answer the questions about the visa, the petition and how you applied first.');
      return;
    }
    const io = await import('./io');
    io.downloadCaseFile(converted.caseFile, today);
    setToolMessage('The case file was downloaded to this device.');
  };

  /** Leaves a link's page; the saved case is as it was, and the address bar follows it again. */
  const leaveLink = (next?: Page) => {
    writeHash('');
    setLink(null);
    setErrors([]);
    if (next) go(next);
  };
  const onEditLink = (cf: CaseFile) => {
    setDraft(fromCaseFile(cf));
    setReturnTo(null);
    setResultNotice([]);
    setImportErrors([]);
    setToolMessage('');
    leaveLink('review');
  };

  const onClear = () => {
    clearStored();
    setInAddress(false);
    setDraft(emptyDraft());
    setReturnTo(null);
    setImportErrors([]);
    setResultNotice([]);
    go('visa');
    setToolMessage('This case was cleared from this device.');
  };

  const isQuestion = (QUESTION_STEPS as readonly string[]).includes(page);
  const Body = isQuestion ? BODIES[page as StepId] : null;
  const stepProps: StepProps = {
    draft, update, errors, showErrors, today, scrubbed,
    setScrubbed: (field, dropped) => { if (dropped) setScrubbedState((s) => ({ ...s, [field]: true })); },
  };

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // Focus without changing the fragment, which may hold a case link.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container">
          <p className="site-name">{SITE}: what “Refused” on CEAC means for your visa case</p>
        </div>
      </header>
      <div className="container">
        <div role="status" className="update-banner no-print">
          {updated ? (
            <>
              <p>This app was updated to the latest version.</p>
              <button type="button" className="button button--secondary button--small" onClick={() => setUpdated(false)}>Dismiss</button>
            </>
          ) : null}
        </div>
        <main id="main-content" tabIndex={-1}>
          {link ? (
            link.kind === 'opening' || !resultMod ? (
              <p className="caption" role="status">Opening the case link…</p>
            ) : (
              <resultMod.LinkPage
                link={link}
                verdict={assessment?.verdict}
                headingRef={h1Ref}
                hasSaved={!isEmptyDraft(draft)}
                ownCase={converted.ok ? converted.caseFile : undefined}
                onEdit={onEditLink}
                onLeave={(startNew) => leaveLink(startNew ? 'visa' : undefined)}
              >
                {link.kind === 'open' && assessment ? (
                  <resultMod.Result a={assessment} caseFile={link.caseFile} today={today} notice={link.warnings} mode="link" />
                ) : null}
              </resultMod.LinkPage>
            )
          ) : (<>
          {prevPage ? (
            <a
              className="back-link"
              href={`?step=${prevPage}`}
              onClick={(e) => {
                e.preventDefault();
                if (prevPage === 'review') setReturnTo(null);
                go(prevPage);
              }}
            >
              Back
            </a>
          ) : null}

          {page !== 'result' ? (
            <nav aria-label="Progress" className="progress">
              <ol>
                {STEPS.map((s, i) => (
                  <li key={s.id} aria-current={s.id === page ? 'step' : undefined} className={i < stepIndex ? 'done' : undefined}>
                    <span className="progress-marker" aria-hidden="true">{i < stepIndex ? '✓' : i + 1}</span>
                    {s.title}
                    {i < stepIndex ? <span className="visually-hidden"> (done)</span> : null}
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}

          <ErrorSummary errors={errors} ref={summaryRef} />

          {page === 'result' ? (
            assessment && converted.ok && resultMod ? (
            <>
              <p className="caption">Your result</p>
              <h1 ref={h1Ref} tabIndex={-1}>{resultMod.VERDICT_LABELS[assessment.verdict]}</h1>
              <resultMod.Result
                a={assessment}
                caseFile={converted.caseFile}
                today={today}
                notice={resultNotice}
                onGo={(step, field) => {
                  setReturnTo(step === 'review' ? null : 'review');
                  go(step, field);
                }}
              />
            </>
            ) : (
              <p className="caption" role="status">Working out your result…</p>
            )
          ) : (
            <form noValidate onSubmit={onContinue}>
              <p className="caption">Step {stepIndex + 1} of {STEPS.length}</p>
              <h1 ref={h1Ref} tabIndex={-1}>{STEPS[stepIndex]?.title}</h1>
              {page === 'visa' ? (
                <p>
                  Since March 2020 the CEAC status page shows “Refused” both for cases on hold under section 221(g) and
                  for refusals that end an application. Answer a few questions and this page says which yours most
                  likely is, why, and what to do next. Your answers stay in this browser.
                </p>
              ) : null}
              {Body ? <Body {...stepProps} /> : null}
              {page === 'review' ? (
                <Suspense fallback={<p role="status">Loading your answers…</p>}>
                <Review
                  draft={draft}
                  onChange={(step, field) => {
                    setReturnTo('review');
                    go(step, field);
                  }}
                />
                </Suspense>
              ) : null}
              <button type="submit" className="button">{page === 'review' ? 'See the result' : 'Continue'}</button>
            </form>
          )}

          <section className="case-tools" aria-labelledby="case-tools-title">
            <h2 id="case-tools-title">Your case on this device</h2>
            <p className="hint">Your answers are kept in this browser only, until you clear them. Nothing is sent anywhere.</p>
            <div className="field">
              <label htmlFor="import-file">Import case file (JSON)</label>
              <input
                id="import-file"
                type="file"
                accept="application/json,.json"
                aria-describedby={importErrors.length ? 'import-errors' : undefined}
                onChange={(e) => void onImport(e.currentTarget)}
              />
            </div>
            {importErrors.length ? (
              <div className="error-summary" id="import-errors" role="alert">
                <h3>The file could not be imported</h3>
                <p>Your current case has not changed. Problems found:</p>
                <ul>{importErrors.map((m, i) => <li key={i}>{m}</li>)}</ul>
              </div>
            ) : null}
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => void onExport()}>Export case file (JSON)</button>
              <button type="button" className="button button--warning" onClick={onClear}>Clear this case</button>
            </div>
            <p role="status" className="tool-message">{toolMessage}</p>
          </section>
          </>)}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            <strong>Not legal advice.</strong> This is general information about how the CEAC page and the refusal rules
            usually work. For advice on your case, ask an immigration attorney. Rules last reviewed on{' '}
            {formatDate(RULES_LAST_REVIEWED)}.
          </p>
          <p className="print-only">Printed on {formatDate(today)}.</p>
        </div>
      </footer>
    </>
  );
}
