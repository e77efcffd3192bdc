/** What every page has around its content: the skip link, the header, the "updated" notice and the footer. */
import type { ReactNode } from 'react';
import { formatDate } from '../rules/dates';
import { RULES_LAST_REVIEWED } from '../rules/reviewed';

export const SITE = 'Refusal explainer';

export function Chrome({ today, updated, onDismissUpdate, children }: {
  today: string;
  updated: boolean;
  onDismissUpdate: () => void;
  children: ReactNode;
}) {
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
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container">
          <p className="site-name">{SITE}: what “Refused” on CEAC means for your visa case</p>
        </div>
      </header>
      <div className="container">
        <div role="status" className="update-banner no-print">
          {updated ? (
            <>
              <p>This app was updated to the latest version.</p>
              <button type="button" className="button button--secondary button--small" onClick={onDismissUpdate}>Dismiss</button>
            </>
          ) : null}
        </div>
        <main id="main-content" tabIndex={-1}>{children}</main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>
            <strong>Not legal advice.</strong> This is general information about how the CEAC page and the refusal rules
            usually work. For advice on your case, ask an immigration attorney. Rules last reviewed on{' '}
            {formatDate(RULES_LAST_REVIEWED)}.
          </p>
          <p className="print-only">Printed on {formatDate(today)}.</p>
        </div>
      </footer>
    </>
  );
}
