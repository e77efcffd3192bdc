/**
 * "Share this case" (Copy link, the native share sheet, the link in a read-only field) and the
 * "Print or save as PDF" button. Loaded with the result page, never on the first visit.
 */
import { useEffect, useRef, useState } from 'react';
import type { CaseFile } from '../rules/types';
import { caseLinkUrl, encodeCaseLink } from '../share';

/** The app's address without query or fragment: where a case link points. */
export const appAddress = (): string => window.location.origin + window.location.pathname;

export function PrintButton() {
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </p>
  );
}

export function SharePanel({ caseFile }: { caseFile: CaseFile }) {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => {
    let current = true;
    setMessage('');
    encodeCaseLink(caseFile).then(
      (fragment) => { if (current) setUrl(caseLinkUrl(appAddress(), fragment)); },
      () => { if (current) setUrl(''); },
    );
    return () => { current = false; };
  }, [caseFile]);

  const selectField = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setMessage('Link copied. Paste it into a message to the person it is for.');
    } catch {
      // No clipboard access (an insecure page, or permission refused): select the link instead.
      selectField();
      setMessage('The link could not be copied automatically. It is selected in the field above: press Ctrl+C (or Cmd+C on a Mac) to copy it.');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: 'A visa case: what “Refused” on CEAC means', url });
    } catch {
      // Closing the share sheet is not an error worth reporting.
    }
  };

  return (
    <section aria-labelledby="share-title" className="share no-print">
      <h2 id="share-title">Share this case</h2>
      <p>
        Anyone who opens this link sees this explanation for the facts you entered, read-only, in their own browser.
      </p>
      <p className="share-warning" id="share-warning">
        <strong>The link carries the case facts to wherever it is pasted</strong> (an email, a chat, a link preview). Send
        it only to the person it is for. It holds no names or case numbers.
      </p>
      <div className="field">
        <label htmlFor="share-link">Link to this case</label>
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
          Copy link
        </button>
        {canShare ? (
          <button type="button" className="button button--secondary" disabled={!url} onClick={() => void share()}>
            Share…
          </button>
        ) : null}
      </div>
      <p role="status" className="share-status">{message}</p>
    </section>
  );
}
