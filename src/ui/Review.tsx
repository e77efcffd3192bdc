/** The check-answers page: every question asked, by step, with its answer and a "Change" link. */
import { formatDate } from '../rules/dates';
import type { Draft } from '../intake/draft';
import { STEPS, fieldsOf, focusId, isAsked, reviewValue, type QUESTION_STEPS, type ReviewValue, type StepId } from '../intake/form';

function Value({ v }: { v: ReviewValue }) {
  if ('list' in v) {
    const items = v.list.map((x, i) => <li key={i}>{x}</li>);
    return v.ordered ? <ol className="plain-list">{items}</ol> : <ul className="plain-list">{items}</ul>;
  }
  if ('pre' in v) return <span className="pre-wrap">{v.pre}</span>;
  return <>{v.text}</>;
}

export function Review({ draft, onChange }: { draft: Draft; onChange: (step: StepId, focus: string) => void }) {
  const steps = STEPS.filter((s): s is { id: (typeof QUESTION_STEPS)[number]; title: string } => s.id !== 'review');
  return (
    <>
      {steps.map((s) => {
        const titleId = `review-${s.title.replace(/\W+/g, '-')}`;
        return (
          <section key={s.id} aria-labelledby={titleId}>
            <h2 id={titleId}>{s.title}</h2>
            <dl className="summary-list">
              {fieldsOf(s.id).filter((f) => isAsked(f, draft)).map((f) => (
                <div className="summary-row" key={f.key}>
                  <dt>{(f.reviewFor?.(draft) ?? f.review).key}</dt>
                  <dd><Value v={reviewValue(f, draft, formatDate)} /></dd>
                  <dd className="summary-action">
                    <a
                      href={`?step=${s.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onChange(s.id, focusId(f));
                      }}
                    >
                      Change{' '}<span className="visually-hidden">{(f.reviewFor?.(draft) ?? f.review).name}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}
