/** The assessment page: verdict, why, what is missing, dates, next steps, glossary. */
import { useState } from 'react';
// Direct module imports (not the barrel) so that the bundler can keep these out of the first load.
import { assess } from '../rules/assess';
import { daysBetween, formatDate } from '../rules/dates';
import { GLOSSARY } from '../rules/glossary';
import { VERDICT_LABELS } from '../rules/labels';
import { INQUIRY_AFTER_DAYS } from '../rules/parameters';
import { CONFIDENCE_LABELS } from '../rules/wording';
import type { Assessment, CaseFile } from '../rules/types';
import { caseLinkUrl, decodeCaseLink, encodeCaseLink } from '../share';
import { buildTimeline, describeCounters, milestoneLabel } from '../timeline/data';
import { CalendarButton } from './CalendarButton';
import { LinkPage, sameCase } from './LinkPage';
import { appAddress, PrintButton, SharePanel } from './Share';
import { Timeline } from './Timeline';
import { formTarget, type StepId } from '../intake/form';
import { restoreCaseFile } from '../intake/restore';
import { REFUSED_LABEL } from '../rules/refusedLabel';
import { Sources } from './Sources';
import { verdictLead } from './verdictText';

function daysLeftText(date: string, today: string): string {
  const n = daysBetween(today, date) ?? 0;
  if (n === 0) return 'Today';
  if (n < 0) return `Passed ${-n} ${-n === 1 ? 'day' : 'days'} ago`;
  return `${n} ${n === 1 ? 'day' : 'days'} left`;
}

/** A diversity visa's deadline, in the first lines of the page while it is ahead: the one date no one can move. */
function DvDeadline({ a, today }: { a: Assessment; today: string }) {
  const m = a.milestones.find((x) => x.kind === 'dv_deadline');
  if (!m || m.passed) return null;
  const left = daysLeftText(m.date, today);
  return (
    <p className="warning-box dv-deadline">
      <strong>
        Diversity visa deadline: {formatDate(m.date)} ({left === 'Today' ? 'today' : left}).
      </strong>{' '}
      No diversity visa of this program year can be issued after that day, even if processing is still going on.
    </p>
  );
}

export interface ResultProps {
  a: Assessment;
  caseFile: CaseFile;
  today: string;
  /** Goes to a step of the form to change an answer (the user's own case only). */
  onGo?: (step: StepId | 'review', field?: string) => void;
  notice?: string[];
  /** 'own': the case saved on this device; 'link': a case opened from a link, read-only. */
  mode?: 'own' | 'link';
}

export function Result({ a, caseFile, today, onGo, notice, mode = 'own' }: ResultProps) {
  const [done, setDone] = useState<Record<string, boolean>>({});
  const own = mode === 'own' && onGo !== undefined;
  // The note on CEAC's Refused label says a 221(g) refusal can be overcome: not beside a DV year that has ended.
  const showsRefused = a.latestStatus === 'Refused' && a.reasons[0]?.rule !== 'R3d';
  const c = a.counters;
  const counters: Array<[string, number | undefined]> = [
    ['Days since the interview or drop-off', c.daysSinceApplication],
    ['Days since you sent what was asked for', c.daysSinceResponse],
    ['Days since the CEAC status last changed', c.daysSinceLastChange],
  ];
  return (
    <>
      <p className="lead">{verdictLead(a, caseFile.visaClass)}</p>
      <DvDeadline a={a} today={today} />
      <p className="confidence"><strong>{CONFIDENCE_LABELS[a.confidence]}</strong></p>
      {a.decides ? <p className="decides"><strong>What would decide it:</strong> {a.decides}</p> : null}
      <p>Worked out for {formatDate(today)}, {own ? 'from the answers you gave' : 'from the facts in this link'}.</p>

      {notice?.length ? (
        <div className="notice" role="status">
          <ul className="plain-list">{notice.map((n, i) => <li key={i}>{n}</li>)}</ul>
        </div>
      ) : null}

      {a.warnings.length ? (
        <section aria-labelledby="warnings-title" className="warning-box">
          <h2 id="warnings-title">Check these facts</h2>
          <ul>{a.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </section>
      ) : null}

      {showsRefused ? (
        <section aria-labelledby="refused-title">
          <h2 id="refused-title">{REFUSED_LABEL.title}</h2>
          {REFUSED_LABEL.paragraphs.map((p) => <p key={p}>{p}</p>)}
          <Sources ids={[...REFUSED_LABEL.sources]} />
        </section>
      ) : null}

      <section aria-labelledby="why-title">
        <h2 id="why-title">Why</h2>
        <ul className="reasons">
          {/* The rules' note on the Refused label is the section above (the same record), when it is shown. */}
          {a.reasons.filter((r) => !(showsRefused && r.rule === REFUSED_LABEL.reasonId)).map((r, i) => (
            <li key={`${r.rule}-${i}`}>
              <p>{r.text}</p>
              <Sources ids={r.sources} />
            </li>
          ))}
        </ul>
        <details className="no-print">
          <summary>All rules checked</summary>
          <ol className="trace">
            {a.trace.map((t) => (
              <li key={t.rule}>
                <strong>{t.rule}: {t.decided ? 'decides the result' : t.matched ? 'matches' : 'does not apply'}.</strong>{' '}
                {t.because}
              </li>
            ))}
          </ol>
        </details>
      </section>

      {a.missing.length ? (
        <section aria-labelledby="missing-title" className="missing">
          <h2 id="missing-title">What would make this surer</h2>
          <ul>
            {a.missing.map((m) => {
              const t = formTarget(m.field);
              return (
                <li key={m.field}>
                  {own && t ? (
                    <a
                      href={`?step=${t.step}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onGo?.(t.step, t.focus);
                      }}
                    >
                      {t.name}
                    </a>
                  ) : (
                    <strong>{t?.name ?? m.field}</strong>
                  )}
                  : {m.why}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="dates-title">
        <h2 id="dates-title">Dates</h2>
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
          <p>No day counts: add the dates you know to see them.</p>
        )}
        {a.milestones.length ? (
          <div className="table-wrap">
            <table>
              <caption>Milestones</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Date</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {a.milestones.map((m) => (
                  <tr key={m.kind}>
                    <th scope="row">{milestoneLabel(m, caseFile.visaClass)}</th>
                    <td>{formatDate(m.date)}</td>
                    <td>{daysLeftText(m.date, today)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No milestones apply to this result.</p>
        )}
        {a.milestones.some((m) => m.kind === 'inquiry_after') ? (
          <p className="hint">The {INQUIRY_AFTER_DAYS}-day mark is what many posts ask, not a date by which a case ends: no one can promise how long a case takes.</p>
        ) : null}
        <Timeline
          events={buildTimeline(caseFile, a, today).events}
          counters={describeCounters(a, { caseFile, asOf: today })}
        />
        <CalendarButton
          caseFile={caseFile}
          assessment={a}
          asOf={today}
          getCaseLink={async () => caseLinkUrl(appAddress(), await encodeCaseLink(caseFile))}
        />
      </section>

      <section aria-labelledby="next-title">
        <h2 id="next-title">Next steps</h2>
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
                  {s.text}
                  {s.due ? <strong className="due"> Due by {formatDate(s.due)}.</strong> : null}
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
          <h2 id="notes-title">Notes</h2>
          <p className="pre-wrap">{caseFile.notes}</p>
        </section>
      ) : null}

      {own ? <SharePanel caseFile={caseFile} /> : null}
      <PrintButton />

      <details className="glossary no-print">
        <summary>What each CEAC status means</summary>
        <dl>
          {GLOSSARY.map((g) => (
            <div key={g.status}>
              <dt>{g.status}</dt>
              <dd>
                <p>{g.means}</p>
                <p>{g.doesNotMean}</p>
                <Sources ids={g.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {own ? (
        <p className="no-print">
          <a href="?step=review" onClick={(e) => { e.preventDefault(); onGo?.('review'); }}>Check or change your answers</a>
        </p>
      ) : null}
    </>
  );
}


/**
 * The assessment of a case, for the page: every case reaches the rules through the case file's
 * schema (the user's own answers too, which were restored from this browser), so nothing unchecked
 * is ever assessed. Undefined when the case does not pass the schema or cannot be assessed.
 */
export function assessCase(cf: CaseFile, asOf: string): Assessment | undefined {
  try {
    const checked = restoreCaseFile(cf);
    return checked.ok ? assess(checked.caseFile, asOf) : undefined;
  } catch {
    return undefined;
  }
}

/** Loaded on demand with the result page (keeps the rules' policy, sources and glossary out of the first load). */
export { VERDICT_LABELS };
/** The case-link page and the link decoder, for App (same chunk: a link always shows a result). */
export { decodeCaseLink, LinkPage, sameCase };
