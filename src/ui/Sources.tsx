/** The sources a reason or step cites: links (printed in full on the memo), each with the day it was last checked and how. */
import { formatDate } from '../rules/dates';
import { getSource } from '../rules/sources';

export function Sources({ ids }: { ids: string[] }) {
  if (!ids.length) return null;
  return (
    <p className="sources">
      <span>{ids.length === 1 ? 'Source: ' : 'Sources: '}</span>
      {ids.map((id, i) => {
        const s = getSource(id);
        if (!s) return null;
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                {' '}<span className="visually-hidden">(opens in a new tab)</span>
              </a>
            ) : (
              <cite>{s.citation}</cite>
            )}
            {/* The memo has no links to follow: print the citation and the address in full. */}
            {s.url ? <span className="print-only"> ({s.citation}; {s.url})</span> : null}
            <span className="source-checked"> (checked {formatDate(s.lastChecked)}{s.uncertain ? ', uncertain' : ''})</span>
            {/* How it was checked that day (on screen; the memo keeps the date, to stay within two pages). */}
            <small className="source-how no-print"> {s.checkedHow}</small>
          </span>
        );
      })}
    </p>
  );
}
