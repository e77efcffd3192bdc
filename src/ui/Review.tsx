/** The check-answers page: a summary list with a "Change" link per row. */
import type { ReactNode } from 'react';
import { formatDate, isISODate } from '../rules/dates';
import { GROUND_LABELS } from '../rules/labels';
import { sortedHistory, type Draft } from './draft';
import {
  KIND_OPTIONS, LETTER_OPTIONS, MESSAGE_OPTIONS, OFFICER_OPTIONS, PASSPORT_OPTIONS, PETITION_OPTIONS, REQUEST_OPTIONS,
  SLIP_OPTIONS, VISA_CLASS_LABEL, labelOf,
} from './text';
import type { StepId } from './validate';

const NOT_PROVIDED = 'Not provided';
const date = (s: string) => (isISODate(s) ? formatDate(s) : NOT_PROVIDED);

interface Row { key: string; name: string; value: ReactNode; step: StepId; field: string }

export function Review({ draft, onChange }: { draft: Draft; onChange: (step: StepId, field: string) => void }) {
  const d = draft;
  const history = sortedHistory(d.history);
  const sections: Array<{ title: string; rows: Row[] }> = [
    {
      title: 'Visa and petition',
      rows: [
        { key: 'Visa class', name: 'visa class', value: d.visaClass ? VISA_CLASS_LABEL(d.visaClass) : NOT_PROVIDED, step: 'visa', field: 'visaClass' },
        { key: 'Petition', name: 'petition', value: d.petitionStatus ? labelOf(PETITION_OPTIONS, d.petitionStatus) : NOT_PROVIDED, step: 'visa', field: 'petitionStatus' },
        { key: 'Petition end date', name: 'petition end date', value: date(d.validUntil), step: 'visa', field: 'validUntil' },
      ],
    },
    {
      title: 'Interview',
      rows: [
        { key: 'How you applied', name: 'how you applied', value: d.appKind ? labelOf(KIND_OPTIONS, d.appKind) : NOT_PROVIDED, step: 'interview', field: 'appKind' },
        { key: 'Interview or drop-off date', name: 'interview or drop-off date', value: date(d.appDate), step: 'interview', field: 'appDate' },
        { key: 'Consulate or embassy', name: 'consulate or embassy', value: d.post.trim() || NOT_PROVIDED, step: 'interview', field: 'post' },
        ...(d.appKind === 'interview'
          ? [{ key: 'What the officer said', name: 'what the officer said', value: d.officerSaid ? labelOf(OFFICER_OPTIONS, d.officerSaid) : NOT_PROVIDED, step: 'interview' as const, field: 'officerSaid' }]
          : []),
        { key: 'Passport', name: 'passport', value: d.passport ? labelOf(PASSPORT_OPTIONS, d.passport) : NOT_PROVIDED, step: 'interview', field: 'passport' },
      ],
    },
    {
      title: 'CEAC status history',
      rows: [
        {
          key: 'Statuses seen',
          name: 'CEAC status history',
          value: history.length ? (
            <ol className="plain-list">
              {history.map((r) => (
                <li key={r.id}>
                  {r.status || 'No status'}, seen on {date(r.seenOn)}
                  {r.lastUpdated ? ` (Case Last Updated ${date(r.lastUpdated)})` : ''}
                  {r.status === 'Refused' && r.message ? `; ${labelOf(MESSAGE_OPTIONS, r.message).toLowerCase()}` : ''}
                </li>
              ))}
            </ol>
          ) : 'None added',
          step: 'history',
          field: 'entry-status',
        },
      ],
    },
    {
      title: 'Refusal letter',
      rows: [
        { key: 'Refusal letter', name: 'refusal letter', value: d.hasLetter ? labelOf(LETTER_OPTIONS, d.hasLetter) : NOT_PROVIDED, step: 'letter', field: 'hasLetter' },
        ...(d.hasLetter === 'yes'
          ? ([
            { key: 'Date on the letter', name: 'date on the letter', value: date(d.refusedOn), step: 'letter', field: 'refusedOn' },
            {
              key: 'Sections named',
              name: 'sections named',
              value: d.grounds.length ? (
                <ul className="plain-list">{d.grounds.map((g) => <li key={g}>{GROUND_LABELS[g]}</li>)}</ul>
              ) : "I don't know",
              step: 'letter',
              field: 'grounds',
            },
            { key: 'Letter colour', name: 'letter colour', value: d.slipColor ? labelOf(SLIP_OPTIONS, d.slipColor) : NOT_PROVIDED, step: 'letter', field: 'slipColor' },
            {
              key: 'Asked for',
              name: 'what the letter asked for',
              value: d.requests.length ? (
                <ul className="plain-list">{d.requests.map((r) => <li key={r}>{labelOf(REQUEST_OPTIONS, r)}</li>)}</ul>
              ) : 'Nothing',
              step: 'letter',
              field: 'requests',
            },
            { key: 'Sent on', name: 'day you sent what was asked for', value: date(d.respondedOn), step: 'letter', field: 'respondedOn' },
          ] satisfies Row[])
          : []),
      ],
    },
    {
      title: 'Notes',
      rows: [{ key: 'Notes', name: 'notes', value: d.notes.trim() ? <span className="pre-wrap">{d.notes.trim()}</span> : NOT_PROVIDED, step: 'notes', field: 'notes' }],
    },
  ];
  return (
    <>
      {sections.map((s) => (
        <section key={s.title} aria-labelledby={`review-${s.title.replace(/\W+/g, '-')}`}>
          <h2 id={`review-${s.title.replace(/\W+/g, '-')}`}>{s.title}</h2>
          <dl className="summary-list">
            {s.rows.map((r) => (
              <div className="summary-row" key={r.key}>
                <dt>{r.key}</dt>
                <dd>{r.value}</dd>
                <dd className="summary-action">
                  <a
                    href={`?step=${r.step}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onChange(r.step, r.field);
                    }}
                  >
                    Change{' '}<span className="visually-hidden">{r.name}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
