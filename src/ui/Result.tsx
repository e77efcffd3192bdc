/**
 * The assessment page: verdict, why, what is missing, dates, next steps, glossary. Every text is in
 * the page's language: the page's own from src/locales/<lang>/result.json, the rules' texts from
 * their messages (`explain`, ./ruleText.ts); CEAC's status names stay English (marked lang="en").
 */
import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react';
import type { I18n } from '@lingui/core';
// Direct module imports (not the barrel) so that the bundler can keep these out of the first load.
import { explain } from '../rules/assess';
import { daysBetween } from '../rules/dates';
import { GLOSSARY } from '../rules/glossary';
import { INQUIRY_AFTER_DAYS } from '../rules/parameters';
import { CONFIDENCE_MESSAGES } from '../rules/wording';
import type { CaseFile, Explanation } from '../rules/types';
import { caseLinkUrl, decodeCaseLink, encodeCaseLink } from '../share';
import { buildTimeline, describeCounters, milestoneLabel } from '../timeline/data';
import { formatDateIn } from '../i18n/dates';
import { show, type Text } from '../i18n/text';
import { CalendarButton } from './CalendarButton';
import { LinkPage, sameCase } from './LinkPage';
import { appAddress, PrintButton, SharePanel } from './Share';
import { Timeline } from './Timeline';
import { formTarget, type StepId } from '../intake/form';
import { restoreCaseFile } from '../intake/restore';
import { REFUSED_LABEL } from '../rules/refusedLabel';
import { Marked } from './Marked';
import { ruleText, showRule } from './ruleText';
import { Sources } from './Sources';
import { verdictLead, writerIn } from './verdictText';

/** "314 days left", "Today", "Passed 20 days ago", in the page's language. */
function daysLeftText(i18n: I18n, date: string, today: string): string {
  const n = daysBetween(today, date) ?? 0;
  if (n < 0) return i18n._('result.dates.passedAgo', { days: -n });
  return i18n._('result.dates.daysLeft', { days: n });
}

/** A diversity visa's deadline, in the first lines of the page while it is ahead: the one date no one can move. */
function DvDeadline({ a, today }: { a: Explanation; today: string }) {
  const { i18n } = useLingui();
  const m = a.milestones.find((x) => x.kind === 'dv_deadline');
  if (!m || m.passed) return null;
  return (
    <p className="warning-box dv-deadline">
      <Trans
        id="result.dvDeadline"
        values={{ date: formatDateIn(i18n.locale, m.date), days: Math.max(0, daysBetween(today, m.date) ?? 0) }}
        components={{ 0: <strong /> }}
      />
    </p>
  );
}

/** A form question's name: a text once the form's words are messages, its English until then. */
const nameOf = (i18n: I18n, name: string | Text): string => (typeof name === 'string' ? name : show(i18n, name));

export interface ResultProps {
  /** From `assessCase`: the assessment with the rules' messages beside their texts. */
  a: Explanation;
  caseFile: CaseFile;
  today: string;
  /** Goes to a step of the form to change an answer (the user's own case only). */
  onGo?: (step: StepId | 'review', field?: string) => void;
  notice?: string[];
  /** 'own': the case saved on this device; 'link': a case opened from a link, read-only. */
  mode?: 'own' | 'link';
}

export function Result({ a, caseFile, today, onGo, notice, mode = 'own' }: ResultProps) {
  const { i18n } = useLingui();
  const [done, setDone] = useState<Record<string, boolean>>({});
  const own = mode === 'own' && onGo !== undefined;
  const write = writerIn(i18n);
  const date = (iso: string) => formatDateIn(i18n.locale, iso);
  // The note on CEAC's Refused label says a 221(g) refusal can be overcome: not beside a DV year that has ended.
  const showsRefused = a.latestStatus === 'Refused' && a.reasons[0]?.rule !== 'R3d';
  const c = a.counters;
  const counters: Array<[string, number | undefined]> = [
    [i18n._('result.dates.sinceApplication'), c.daysSinceApplication],
    [i18n._('result.dates.sinceResponse'), c.daysSinceResponse],
    [i18n._('result.dates.sinceChange'), c.daysSinceLastChange],
  ];
  return (
    <>
      <p className="lead">{show(i18n, verdictLead(a, caseFile.visaClass))}</p>
      <DvDeadline a={a} today={today} />
      <p className="confidence"><strong>{showRule(i18n, CONFIDENCE_MESSAGES[a.confidence])}</strong></p>
      {a.decides ? (
        <p className="decides">
          <Trans
            id="result.decides"
            values={{ decides: <Marked text={ruleText(i18n, { text: a.decides, ...(a.decidesMessage ? { message: a.decidesMessage } : {}) })} /> }}
            components={{ 0: <strong /> }}
          />
        </p>
      ) : null}
      <p>{own ? i18n._('result.workedOut.own', { date: date(today) }) : i18n._('result.workedOut.link', { date: date(today) })}</p>

      {notice?.length ? (
        <div className="notice" role="status">
          <ul className="plain-list">{notice.map((n, i) => <li key={i}>{n}</li>)}</ul>
        </div>
      ) : null}

      {a.warnings.length ? (
        <section aria-labelledby="warnings-title" className="warning-box">
          <h2 id="warnings-title">{i18n._('result.warnings.heading')}</h2>
          <ul>
            {a.warnings.map((w, i) => {
              const message = a.warningMessages[i];
              return <li key={i}><Marked text={ruleText(i18n, { text: w, ...(message ? { message } : {}) })} /></li>;
            })}
          </ul>
        </section>
      ) : null}

      {showsRefused ? (
        <section aria-labelledby="refused-title">
          <h2 id="refused-title">{showRule(i18n, REFUSED_LABEL.titleMessage)}</h2>
          {REFUSED_LABEL.paragraphMessages.map((p) => <p key={p.id}><Marked text={showRule(i18n, p)} /></p>)}
          <Sources ids={[...REFUSED_LABEL.sources]} />
        </section>
      ) : null}

      <section aria-labelledby="why-title">
        <h2 id="why-title">{i18n._('result.why.heading')}</h2>
        <ul className="reasons">
          {/* The rules' note on the Refused label is the section above (the same record), when it is shown. */}
          {a.reasons.filter((r) => !(showsRefused && r.rule === REFUSED_LABEL.reasonId)).map((r, i) => (
            <li key={`${r.rule}-${i}`}>
              <p><Marked text={ruleText(i18n, r)} /></p>
              <Sources ids={r.sources} />
            </li>
          ))}
        </ul>
        <details className="no-print">
          <summary>{i18n._('result.trace.summary')}</summary>
          <ol className="trace">
            {a.trace.map((t, i) => (
              <li key={t.rule}>
                <strong>
                  {t.decided
                    ? i18n._('result.trace.decides', { rule: t.rule })
                    : t.matched ? i18n._('result.trace.matches', { rule: t.rule }) : i18n._('result.trace.doesNotApply', { rule: t.rule })}
                </strong>{' '}
                <Marked text={ruleText(i18n, { text: t.because, ...(a.traceMessages[i] ? { message: a.traceMessages[i] } : {}) })} />
              </li>
            ))}
          </ol>
        </details>
      </section>

      {a.missing.length ? (
        <section aria-labelledby="missing-title" className="missing">
          <h2 id="missing-title">{i18n._('result.missing.heading')}</h2>
          <ul>
            {a.missing.map((m) => {
              const t = formTarget(m.field);
              const name = t ? nameOf(i18n, t.name) : m.field;
              return (
                <li key={m.field}>
                  <Trans
                    id="result.missing.item"
                    values={{ name, why: <Marked text={ruleText(i18n, { text: m.why, ...(m.message ? { message: m.message } : {}) })} /> }}
                    components={{
                      0: own && t ? (
                        <a
                          href={`?step=${t.step}`}
                          onClick={(e) => {
                            e.preventDefault();
                            onGo?.(t.step, t.focus);
                          }}
                        />
                      ) : <strong />,
                    }}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="dates-title">
        <h2 id="dates-title">{i18n._('result.dates.heading')}</h2>
        {counters.some(([, n]) => n !== undefined) ? (
          <dl className="counters">
            {counters.filter(([, n]) => n !== undefined).map(([label, n]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{n}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{i18n._('result.dates.noCounts')}</p>
        )}
        {a.milestones.length ? (
          // A region a keyboard can scroll when the table is wider than a narrow screen (longer words in Spanish).
          <div className="table-wrap" role="region" aria-labelledby="milestones-caption" tabIndex={0}>
            <table>
              <caption id="milestones-caption">{i18n._('result.milestones.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n._('result.milestones.what')}</th>
                  <th scope="col">{i18n._('result.milestones.date')}</th>
                  <th scope="col">{i18n._('result.milestones.status')}</th>
                </tr>
              </thead>
              <tbody>
                {a.milestones.map((m) => (
                  <tr key={m.kind}>
                    <th scope="row">{milestoneLabel(m, caseFile.visaClass, write)}</th>
                    <td>{date(m.date)}</td>
                    <td>{daysLeftText(i18n, m.date, today)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{i18n._('result.milestones.none')}</p>
        )}
        {a.milestones.some((m) => m.kind === 'inquiry_after') ? (
          <p className="hint">{i18n._('result.milestones.inquiryHint', { days: INQUIRY_AFTER_DAYS })}</p>
        ) : null}
        <Timeline
          events={buildTimeline(caseFile, a, today, write).events}
          counters={describeCounters(a, { caseFile, asOf: today }, write)}
        />
        <CalendarButton
          caseFile={caseFile}
          assessment={a}
          asOf={today}
          getCaseLink={async () => caseLinkUrl(appAddress(), await encodeCaseLink(caseFile))}
        />
      </section>

      <section aria-labelledby="next-title">
        <h2 id="next-title">{i18n._('result.next.heading')}</h2>
        <ul className="checklist">
          {a.nextSteps.map((s) => (
            <li key={s.id}>
              <div className="choice">
                <input
                  type="checkbox"
                  id={`next-${s.id}`}
                  checked={!!done[s.id]}
                  onChange={() => setDone((d) => ({ ...d, [s.id]: !d[s.id] }))}
                />
                <label htmlFor={`next-${s.id}`}>
                  <Marked text={ruleText(i18n, s)} />
                  {s.due ? <strong className="due"> {i18n._('result.next.due', { date: date(s.due) })}</strong> : null}
                </label>
              </div>
              <Sources ids={s.sources} />
            </li>
          ))}
        </ul>
      </section>

      {/* A link's note is shown at the top of its page, as the note from the attorney. */}
      {own && caseFile.notes ? (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">{i18n._('result.notes.heading')}</h2>
          <p className="pre-wrap">{caseFile.notes}</p>
        </section>
      ) : null}

      {own ? <SharePanel caseFile={caseFile} /> : null}
      <PrintButton />

      <details className="glossary no-print">
        <summary>{i18n._('result.glossary.summary')}</summary>
        <dl>
          {GLOSSARY.map((g) => (
            <div key={g.status}>
              {/* CEAC's own name for the status: English in every language. */}
              <dt lang="en">{g.status}</dt>
              <dd>
                <p><Marked text={showRule(i18n, g.meansMessage)} /></p>
                <p><Marked text={showRule(i18n, g.doesNotMeanMessage)} /></p>
                <Sources ids={g.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {own ? (
        <p className="no-print">
          <a href="?step=review" onClick={(e) => { e.preventDefault(); onGo?.('review'); }}>{i18n._('result.checkAnswers')}</a>
        </p>
      ) : null}
    </>
  );
}


/**
 * The assessment of a case, for the page: every case reaches the rules through the case file's
 * schema (the user's own answers too, which were restored from this browser), so nothing unchecked
 * is ever assessed. Undefined when the case does not pass the schema or cannot be assessed. With the
 * rules' messages beside their texts (`explain`), so that the page shows them in its language.
 */
export function assessCase(cf: CaseFile, asOf: string): Explanation | undefined {
  try {
    const checked = restoreCaseFile(cf);
    return checked.ok ? explain(checked.caseFile, asOf) : undefined;
  } catch {
    return undefined;
  }
}

/** The case-link page and the link decoder, for App (same chunk: a link always shows a result). */
export { decodeCaseLink, LinkPage, sameCase };
