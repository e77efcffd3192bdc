/**
 * "Paste from the CEAC page": reads text copied from the CEAC status page and shows what was
 * recognised; "Use this" hands the status and dates to the history editor's add form, where the
 * user checks them before adding. The pasted text lives in this component's state only: it is
 * never put in the draft (so never in localStorage) and is cleared once used. The reader
 * (src/intake) loads on the first "Read the pasted text".
 */
import { useEffect, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react';
import { formatDateIn } from '../i18n/dates';
import { text, type Text } from '../i18n/text';
import type { CeacStatus, RefusedMessage } from '../rules/types';
import type { ParseCeacResult } from '../intake';
import { EN } from './Chrome';
import { ShowText } from './fields';

/** What "Use this" hands over: enum values and dates only. */
export interface PastedStatus {
  status: CeacStatus;
  lastUpdated: string;
  message: '' | RefusedMessage;
}

type Found = Extract<ParseCeacResult, { ok: true }>;

export const PASTE_ID = 'ceac-paste';
const LOAD_ERROR: Text = text(/*i18n*/ 'app.paste.loadError');

/** Which Refused wording the pasted text holds: message ids. */
const WORDING: Record<RefusedMessage, string> = {
  refused_ap_text: /*i18n*/ 'app.paste.wordingLong',
  refused_short: /*i18n*/ 'app.paste.wordingShort',
};

export function PasteCeac({ error, onError, onUse }: {
  /** The reader's message for the last text read, shown inline (the parent also lists it in the error summary). */
  error?: string | Text;
  /** Called with the reader's message when the text was not understood, or null when it was. */
  onError: (message: Text | null) => void;
  onUse: (pasted: PastedStatus) => void;
}) {
  const { i18n } = useLingui();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [readTick, setReadTick] = useState(0);
  const busy = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (readTick) resultRef.current?.focus();
  }, [readTick]);

  const read = async () => {
    if (busy.current) return;
    busy.current = true;
    let r: ParseCeacResult;
    try {
      const { parseCeacText } = await import('../intake');
      r = parseCeacText(text);
    } catch {
      r = { ok: false, error: LOAD_ERROR };
    } finally {
      busy.current = false;
    }
    if (r.ok) {
      setFound(r);
      onError(null);
      setReadTick((t) => t + 1);
    } else {
      setFound(null);
      setOpen(true); // the error summary links to the text area
      onError(r.error); // the text is kept, to be fixed
    }
  };

  const use = () => {
    if (!found) return;
    const message = found.status === 'Refused' && (found.message === 'refused_ap_text' || found.message === 'refused_short') ? found.message : '';
    onUse({ status: found.status, lastUpdated: found.lastUpdated ?? '', message });
    setText('');
    setFound(null);
    setOpen(false);
  };

  const describedBy = `${PASTE_ID}-hint${error ? ` ${PASTE_ID}-error` : ''}`;
  const wording = found?.status === 'Refused'
    ? found.message === 'refused_ap_text' || found.message === 'refused_short' ? i18n._(WORDING[found.message]) : i18n._('app.paste.notFound')
    : null;

  return (
    <details className="paste-ceac" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n._('app.paste.open')}</summary>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={PASTE_ID}>{i18n._('app.paste.label')}</label>
        <div className="hint" id={`${PASTE_ID}-hint`}>
          <Trans id="app.paste.hint" components={{ 0: EN, 1: EN, 2: EN }} />
        </div>
        {error ? (
          <p className="error-message" id={`${PASTE_ID}-error`}>
            {/* The reader's message; an immigrant-visa status it names (`status`) is CEAC's English. */}
            <Trans id="app.paste.error" values={{ message: <ShowText t={error} en={['status']} /> }} components={{ 0: <span className="visually-hidden" /> }} />
          </p>
        ) : null}
        <textarea
          id={PASTE_ID}
          rows={6}
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            setFound(null);
          }}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={() => void read()}>
        {i18n._('app.paste.read')}
      </button>
      {found ? (
        <div className="paste-result" ref={resultRef} tabIndex={-1} aria-labelledby="paste-result-title">
          <h2 id="paste-result-title" className="paste-result-title">{i18n._('app.paste.resultHeading')}</h2>
          <dl className="summary-list">
            <div className="summary-row">
              <dt>{i18n._('app.paste.status')}</dt>
              <dd lang="en">{found.status}</dd>
            </div>
            <div className="summary-row">
              {/* CEAC's own field name: English in every language. */}
              <dt lang="en">Case Last Updated</dt>
              <dd>{found.lastUpdated ? formatDateIn(i18n.locale, found.lastUpdated) : i18n._('app.paste.notFound')}</dd>
            </div>
            {wording ? (
              <div className="summary-row">
                <dt><Trans id="app.paste.wording" components={{ 0: EN }} /></dt>
                <dd>{wording}</dd>
              </div>
            ) : null}
          </dl>
          {found.droppedIdentifiers ? <p className="notice">{i18n._('app.paste.dropped')}</p> : null}
          <p>{i18n._('app.paste.useHint')}</p>
          <button type="button" className="button button--secondary" onClick={use}>
            {i18n._('app.paste.use')}
          </button>
        </div>
      ) : null}
    </details>
  );
}
