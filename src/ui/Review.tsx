/** The check-answers page: every question asked, by step, with its answer and a "Change" link. */
import { Trans, useLingui } from '@lingui/react';
import { show } from '../i18n/text';
import type { Draft } from '../intake/draft';
import { STEPS, fieldsOf, focusId, isAsked, reviewValue, type QUESTION_STEPS, type ReviewValue, type StepId } from '../intake/form';
import { ShowText } from './fields';

/** An answer; `en` names the values that stay English (a status history row's CEAC status). */
function Value({ v, en }: { v: ReviewValue; en?: readonly string[] }) {
  if ('list' in v) {
    const items = v.list.map((x, i) => <li key={i}><ShowText t={x} en={en} /></li>);
    return v.ordered ? <ol className="plain-list">{items}</ol> : <ul className="plain-list">{items}</ul>;
  }
  if ('pre' in v) return <span className="pre-wrap">{v.pre}</span>;
  return <ShowText t={v.text} en={en} />;
}

export function Review({ draft, onChange }: { draft: Draft; onChange: (step: StepId, focus: string) => void }) {
  const { i18n } = useLingui();
  const steps = STEPS.filter((s): s is (typeof STEPS)[number] & { id: (typeof QUESTION_STEPS)[number] } => s.id !== 'review');
  return (
    <>
      {steps.map((s) => {
        const titleId = `review-${s.id}`;
        return (
          <section key={s.id} aria-labelledby={titleId}>
            <h2 id={titleId}>{show(i18n, s.title)}</h2>
            <dl className="summary-list">
              {fieldsOf(s.id).filter((f) => isAsked(f, draft)).map((f) => {
                const row = f.reviewFor?.(draft) ?? f.review;
                return (
                  <div className="summary-row" key={f.key}>
                    <dt>{show(i18n, row.key)}</dt>
                    <dd><Value v={reviewValue(f, draft)} en={f.control === 'history' ? ['status'] : undefined} /></dd>
                    <dd className="summary-action">
                      <a
                        href={`?step=${s.id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          onChange(s.id, focusId(f));
                        }}
                      >
                        <Trans id="form.review.change" values={{ name: show(i18n, row.name) }} components={{ 0: <span className="visually-hidden" /> }} />
                      </a>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}
