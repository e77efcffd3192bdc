/**
 * "Paste from the CEAC page": reads text copied from the CEAC status page and shows what was
 * recognised; "Use this" hands the status and dates to the history editor's add form, where the
 * user checks them before adding. The pasted text lives in this component's state only: it is
 * never put in the draft (so never in localStorage) and is cleared once used. The reader
 * (src/intake) loads on the first "Read the pasted text".
 */
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../rules/dates';
import type { CeacStatus, RefusedMessage } from '../rules/types';
import type { ParseCeacResult } from '../intake';

/** What "Use this" hands over: enum values and dates only. */
export interface PastedStatus {
  status: CeacStatus;
  lastUpdated: string;
  message: '' | RefusedMessage;
}

type Found = Extract<ParseCeacResult, { ok: true }>;

export const PASTE_ID = 'ceac-paste';
export const DROPPED_MESSAGE = 'We removed what looked like an application ID, case number, passport number or name. It was not saved.';
const LOAD_ERROR = 'The pasted text could not be read because part of this page did not load. Check your connection, then try again.';

const WORDING: Record<RefusedMessage, string> = {
  refused_ap_text: 'The long wording about administrative processing',
  refused_short: 'The short wording that points to the interview letter',
};

export function PasteCeac({ error, onError, onUse }: {
  /** The reader's message for the last text read, shown inline (the parent also lists it in the error summary). */
  error?: string;
  /** Called with the reader's message when the text was not understood, or null when it was. */
  onError: (message: string | null) => void;
  onUse: (pasted: PastedStatus) => void;
}) {
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
    ? found.message === 'refused_ap_text' || found.message === 'refused_short' ? WORDING[found.message] : 'Not found in the pasted text'
    : null;

  return (
    <details className="paste-ceac" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Paste from the CEAC page</summary>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={PASTE_ID}>Paste the status part of the CEAC page</label>
        <div className="hint" id={`${PASTE_ID}-hint`}>
          Copy only the status part of the page: the status (for example “Refused”), “Case Created”, “Case Last
          Updated” and the explanation under them. Application IDs, case numbers, passport numbers and names are
          removed and never kept, and the pasted text itself is not saved.
        </div>
        {error ? (
          <p className="error-message" id={`${PASTE_ID}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
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
        Read the pasted text
      </button>
      {found ? (
        <div className="paste-result" ref={resultRef} tabIndex={-1} aria-labelledby="paste-result-title">
          <h2 id="paste-result-title" className="paste-result-title">What the pasted text says</h2>
          <dl className="summary-list">
            <div className="summary-row">
              <dt>Status</dt>
              <dd>{found.status}</dd>
            </div>
            <div className="summary-row">
              <dt>Case Last Updated</dt>
              <dd>{found.lastUpdated ? formatDate(found.lastUpdated) : 'Not found in the pasted text'}</dd>
            </div>
            {wording ? (
              <div className="summary-row">
                <dt>Refused wording</dt>
                <dd>{wording}</dd>
              </div>
            ) : null}
          </dl>
          {found.droppedIdentifiers ? <p className="notice">{DROPPED_MESSAGE}</p> : null}
          <p>If this is right, use it: it fills in the form below, with today as the day you saw it. You can still change anything before adding it.</p>
          <button type="button" className="button button--secondary" onClick={use}>
            Use this
          </button>
        </div>
      ) : null}
    </details>
  );
}
