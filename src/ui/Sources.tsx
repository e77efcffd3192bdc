/**
 * The sources a reason or step cites: links (printed in full on the memo), each with the day it was last checked and how.
 * A source's title and citation are English in every language (marked lang="en"); so is how it was
 * checked, which the registry keeps in English only (src/rules/sources.ts).
 */
import { Trans, useLingui } from '@lingui/react';
import { formatDateIn } from '../i18n/dates';
import { getSource } from '../rules/sources';
import { EN } from './Chrome';

export function Sources({ ids }: { ids: string[] }) {
  const { i18n } = useLingui();
  if (!ids.length) return null;
  return (
    <p className="sources">
      <span>{i18n._('result.sources.label', { count: ids.length })}{' '}</span>
      {ids.map((id, i) => {
        const s = getSource(id);
        if (!s) return null;
        const checked = { date: formatDateIn(i18n.locale, s.lastChecked) };
        return (
          <span key={id}>
            {i > 0 ? i18n._('result.sources.separator') : ''}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                <span lang="en">{s.title}</span>
                {' '}<span className="visually-hidden">{i18n._('result.sources.newTab')}</span>
              </a>
            ) : (
              <cite lang="en">{s.citation}</cite>
            )}
            {/* The memo has no links to follow: print the citation and the address in full. */}
            {s.url ? (
              <span className="print-only">
                {' '}<Trans id="result.sources.printed" values={{ citation: s.citation, url: s.url }} components={{ 0: EN }} />
              </span>
            ) : null}
            <span className="source-checked">
              {' '}{s.uncertain ? i18n._('result.sources.checkedUncertain', checked) : i18n._('result.sources.checked', checked)}
            </span>
            {/* How it was checked that day (on screen; the memo keeps the date, to stay within two pages). */}
            <small className="source-how no-print" lang="en"> {s.checkedHow}</small>
          </span>
        );
      })}
    </p>
  );
}
