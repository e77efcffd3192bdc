/**
 * A page of the form (GOV.UK: one topic per page): progress, the error summary, the step's
 * questions (or the check-answers page) and Continue. The questions come from src/intake/form.ts.
 */
import { Fragment, lazy, Suspense, useEffect, type Dispatch, type RefObject } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { show } from '../i18n/text';
import { STEPS, fieldsOf, isAsked, setAside, type FormField, type StepId } from '../intake/form';
import { ErrorSummary } from './fields';
import { loadHistoryEditor } from './historyModule';
import { Question } from './Question';
import { EN } from './Chrome';
import type { AppEvent, AppState } from './state';

// The check-answers page loads on demand: it is not needed for the first steps.
const Review = lazy(() => import('./Review').then((m) => ({ default: m.Review })));
// So do the status-history editor and the CEAC paste reader, with their texts (the third step).
const HistoryEditor = lazy(() => loadHistoryEditor().then((m) => ({ default: m.HistoryEditor })));

export function Progress({ page }: { page: AppState['page'] }) {
  const { i18n } = useLingui();
  const at = STEPS.findIndex((s) => s.id === page);
  return (
    <nav aria-label={i18n._('form.progress.label')} className="progress">
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.id} aria-current={s.id === page ? 'step' : undefined} className={i < at ? 'done' : undefined}>
            <span className="progress-marker" aria-hidden="true">{i < at ? '✓' : i + 1}</span>
            {show(i18n, s.title)}
            {i < at ? <span className="visually-hidden">{` ${i18n._('form.progress.done')}`}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface BodyProps {
  state: AppState;
  today: string;
  dispatch: Dispatch<AppEvent>;
}

/** The questions of one step, in order; the ones an answer opens are shown under it. */
function StepBody({ step, state, today, dispatch }: BodyProps & { step: StepId }) {
  const { i18n } = useLingui();
  const { draft, errors, scrubbed } = state;
  const asked = fieldsOf(step).filter((f) => isAsked(f, draft));
  // the step before the history step fetches its code and texts, so it is there when needed
  useEffect(() => {
    if (step === 'interview') void loadHistoryEditor().catch(() => undefined);
  }, [step]);
  const one = (f: FormField) =>
    f.control === 'history'
      ? (
        <Suspense key={f.key} fallback={<p role="status">{i18n._('form.page.loadingHistory')}</p>}>
          <HistoryEditor draft={draft} errors={errors} today={today} dispatch={dispatch} />
        </Suspense>
      )
      : <Question key={f.key} field={f} draft={draft} errors={errors} scrubbed={scrubbed} dispatch={dispatch} />;
  const aside = step === 'visa' ? setAside(draft) : [];
  return (
    <>
      {aside.length ? (
        <p className="notice" role="status">
          {i18n._('form.aside.notice', {
            visaClass: draft.visaClass,
            names: aside.map((f) => show(i18n, f.review.name)).join(i18n._('form.aside.separator')),
          })}
        </p>
      ) : null}
      {asked.filter((f) => !f.revealedBy).map((f) => {
        const opened = asked.filter((x) => x.revealedBy === f.key);
        return (
          <Fragment key={f.key}>
            {one(f)}
            {opened.length ? <div className="reveal">{opened.map(one)}</div> : null}
          </Fragment>
        );
      })}
    </>
  );
}

export function QuestionPage({ state, today, dispatch, headingRef, summaryRef }: BodyProps & {
  headingRef: RefObject<HTMLHeadingElement | null>;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { i18n } = useLingui();
  const { page } = state;
  const at = STEPS.findIndex((s) => s.id === page);
  const title = STEPS[at]?.title;
  return (
    <>
      <Progress page={page} />
      <ErrorSummary errors={state.errors} ref={summaryRef} />
      <form noValidate onSubmit={(ev) => { ev.preventDefault(); dispatch({ type: 'continued', today }); }}>
        <p className="caption">{i18n._('form.page.step', { step: at + 1, count: STEPS.length })}</p>
        <h1 ref={headingRef} tabIndex={-1}>{title ? show(i18n, title) : null}</h1>
        {page === 'visa' ? (
          <p>
            <Trans id="form.page.intro" components={{ 0: EN }} />
          </p>
        ) : null}
        {page === 'review' ? (
          <Suspense fallback={<p role="status">{i18n._('form.page.loadingAnswers')}</p>}>
            <Review draft={state.draft} onChange={(step, focus) => dispatch({ type: 'stepChanged', page: step, focus, returnTo: 'review' })} />
          </Suspense>
        ) : page !== 'result' ? (
          <StepBody step={page} state={state} today={today} dispatch={dispatch} />
        ) : null}
        <button type="submit" className="button">{page === 'review' ? i18n._('form.page.seeResult') : i18n._('form.page.continue')}</button>
      </form>
    </>
  );
}
