/**
 * A page of the form (GOV.UK: one topic per page): progress, the error summary, the step's
 * questions (or the check-answers page) and Continue. The questions come from src/intake/form.ts.
 */
import { Fragment, lazy, Suspense, type Dispatch, type RefObject } from 'react';
import { STEPS, fieldsOf, isAsked, setAside, type FormField, type StepId } from '../intake/form';
import { ErrorSummary } from './fields';
import { HistoryEditor } from './HistoryEditor';
import { Question } from './Question';
import type { AppEvent, AppState } from './state';

// The check-answers page loads on demand: it is not needed for the first steps.
const Review = lazy(() => import('./Review').then((m) => ({ default: m.Review })));

export function Progress({ page }: { page: AppState['page'] }) {
  const at = STEPS.findIndex((s) => s.id === page);
  return (
    <nav aria-label="Progress" className="progress">
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.id} aria-current={s.id === page ? 'step' : undefined} className={i < at ? 'done' : undefined}>
            <span className="progress-marker" aria-hidden="true">{i < at ? '✓' : i + 1}</span>
            {s.title}
            {i < at ? <span className="visually-hidden"> (done)</span> : null}
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
  const { draft, errors, scrubbed } = state;
  const asked = fieldsOf(step).filter((f) => isAsked(f, draft));
  const one = (f: FormField) =>
    f.control === 'history'
      ? <HistoryEditor key={f.key} draft={draft} errors={errors} today={today} dispatch={dispatch} />
      : <Question key={f.key} field={f} draft={draft} errors={errors} scrubbed={scrubbed} dispatch={dispatch} />;
  const aside = step === 'visa' ? setAside(draft) : [];
  return (
    <>
      {aside.length ? (
        <p className="notice" role="status">
          Set aside, because a {draft.visaClass} case does not need them: {aside.map((f) => f.review.name).join(', ')}.
          They are not used for this class, and they come back if you choose a class that asks them.
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
  const { page } = state;
  const at = STEPS.findIndex((s) => s.id === page);
  return (
    <>
      <Progress page={page} />
      <ErrorSummary errors={state.errors} ref={summaryRef} />
      <form noValidate onSubmit={(ev) => { ev.preventDefault(); dispatch({ type: 'continued', today }); }}>
        <p className="caption">Step {at + 1} of {STEPS.length}</p>
        <h1 ref={headingRef} tabIndex={-1}>{STEPS[at]?.title}</h1>
        {page === 'visa' ? (
          <p>
            Since March 2020 the CEAC status page shows “Refused” both for cases on hold under section 221(g) and
            for refusals that end an application. Answer a few questions and this page says which yours most
            likely is, why, and what to do next. Nothing you enter is sent anywhere.
          </p>
        ) : null}
        {page === 'review' ? (
          <Suspense fallback={<p role="status">Loading your answers…</p>}>
            <Review draft={state.draft} onChange={(step, focus) => dispatch({ type: 'stepChanged', page: step, focus, returnTo: 'review' })} />
          </Suspense>
        ) : page !== 'result' ? (
          <StepBody step={page} state={state} today={today} dispatch={dispatch} />
        ) : null}
        <button type="submit" className="button">{page === 'review' ? 'See the result' : 'Continue'}</button>
      </form>
    </>
  );
}
