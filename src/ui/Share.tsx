/**
 * "Share this case" (Copy link, the native share sheet, the link in a read-only field, the language
 * the link opens in) and the "Print or save as PDF" button. Loaded with the result page, never on
 * the first visit.
 */
import { useEffect, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { HTML_LANG, LANGUAGE_NAMES, LINK_LANG, LOCALES, type Locale } from '../i18n/locales';
import type { CaseFile } from '../rules/types';
import { caseLinkUrl, encodeCaseLink } from '../share';

/** The app's address without query or fragment: where a case link points. */
export const appAddress = (): string => window.location.origin + window.location.pathname;

export function PrintButton() {
  const { i18n } = useLingui();
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {i18n._('result.print')}
      </button>
    </p>
  );
}

export function SharePanel({ caseFile }: { caseFile: CaseFile }) {
  const { i18n } = useLingui();
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  /** The language the link opens in: '' for the reader's own. Only the language code goes in the link. */
  const [lang, setLang] = useState<Locale | ''>('');
  const field = useRef<HTMLInputElement>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => {
    let current = true;
    setMessage('');
    encodeCaseLink(caseFile, lang ? { lang: LINK_LANG[lang] } : undefined).then(
      (fragment) => { if (current) setUrl(caseLinkUrl(appAddress(), fragment)); },
      () => { if (current) setUrl(''); },
    );
    return () => { current = false; };
  }, [caseFile, lang]);

  const selectField = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setMessage(i18n._('result.share.copied'));
    } catch {
      // No clipboard access (an insecure page, or permission refused): select the link instead.
      selectField();
      setMessage(i18n._('result.share.copyFailed'));
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: i18n._('result.share.title'), url });
    } catch {
      // Closing the share sheet is not an error worth reporting.
    }
  };

  return (
    <section aria-labelledby="share-title" className="share no-print">
      <h2 id="share-title">{i18n._('result.share.heading')}</h2>
      <p>{i18n._('result.share.lead')}</p>
      <p className="share-warning" id="share-warning">
        <Trans id="result.share.warning" components={{ 0: <strong /> }} />
      </p>
      <div className="field">
        <label htmlFor="share-lang">{i18n._('result.share.language')}</label>
        <select id="share-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Locale | '')}>
          <option value="">{i18n._('result.share.readersLanguage')}</option>
          {LOCALES.map((l) => <option key={l} value={l} lang={HTML_LANG[l]}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="share-link">{i18n._('result.share.link')}</label>
        <input
          id="share-link"
          ref={field}
          type="text"
          readOnly
          value={url}
          aria-describedby="share-warning"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={!url} onClick={() => void copy()}>
          {i18n._('result.share.copy')}
        </button>
        {canShare ? (
          <button type="button" className="button button--secondary" disabled={!url} onClick={() => void share()}>
            {i18n._('result.share.share')}
          </button>
        ) : null}
      </div>
      <p role="status" className="share-status">{message}</p>
    </section>
  );
}
