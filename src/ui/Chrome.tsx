/** What every page has around its content: the skip link, the header with the language control, the "updated" notice and the footer. */
import { useState, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { formatDateIn } from '../i18n/dates';
import { HTML_LANG, LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/locales';
import { RULES_LAST_REVIEWED } from '../rules/reviewed';

/** English words the page keeps in English on purpose (CEAC's status names): marked so a screen reader reads them in English. */
export const EN = <span lang="en" />;

export function Chrome({ today, updated, onDismissUpdate, onLanguage, children }: {
  today: string;
  updated: boolean;
  onDismissUpdate: () => void;
  /** Switches the language; rejects when its texts cannot be loaded (offline before they were cached). */
  onLanguage: (locale: Locale) => Promise<void>;
  children: ReactNode;
}) {
  const { i18n } = useLingui();
  const [failed, setFailed] = useState<Locale | null>(null);
  const choose = (locale: Locale) => {
    setFailed(null);
    onLanguage(locale).catch(() => setFailed(locale));
  };
  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          // Focus without changing the fragment, which may hold a case link.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {i18n._('chrome.skip')}
      </a>
      <header className="site-header">
        <div className="container site-header__row">
          <p className="site-name">
            <Trans id="chrome.tagline" values={{ site: i18n._('chrome.site') }} components={{ 0: EN }} />
          </p>
          <LanguageControl current={i18n.locale} onLanguage={choose} />
        </div>
      </header>
      <div className="container" role="status">
        {failed ? <p className="language-failed">{i18n._('chrome.languageFailed', { language: LANGUAGE_NAMES[failed] })}</p> : null}
      </div>
      <div className="container">
        {i18n.locale !== 'en' ? (
          <p className="reference-note">
            {i18n._('chrome.reference')}{' '}
            <button type="button" className="link-button" lang="en" onClick={() => choose('en')}>Read this page in English</button>
          </p>
        ) : null}
        <div role="status" className="update-banner no-print">
          {updated ? (
            <>
              <p>{i18n._('chrome.updated')}</p>
              <button type="button" className="button button--secondary button--small" onClick={onDismissUpdate}>{i18n._('chrome.dismiss')}</button>
            </>
          ) : null}
        </div>
        <main id="main-content" tabIndex={-1}>{children}</main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            <Trans
              id="chrome.notAdvice"
              values={{ date: formatDateIn(i18n.locale, RULES_LAST_REVIEWED) }}
              components={{ 0: <strong /> }}
            />
          </p>
          <p className="print-only">{i18n._('chrome.printed', { date: formatDateIn(i18n.locale, today) })}</p>
        </div>
      </footer>
    </>
  );
}

/** The languages, each named in itself; the page's own is marked as current. */
function LanguageControl({ current, onLanguage }: { current: string; onLanguage: (locale: Locale) => void }) {
  const { i18n } = useLingui();
  return (
    <nav className="languages no-print" aria-label={i18n._('chrome.languages')}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <button
              type="button"
              className="link-button"
              lang={HTML_LANG[l]}
              aria-pressed={current === l}
              onClick={() => { if (current !== l) onLanguage(l); }}
            >
              {LANGUAGE_NAMES[l]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
