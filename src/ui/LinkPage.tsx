/**
 * The page a case link opens (the "client view"): the assessment, read-only, with the note that came
 * with the link; or, for a damaged, tampered or newer link, a plain message and a way out.
 * Loaded on demand with the result page. Nothing here writes to this device: App does that, and only
 * after "Edit these facts" (confirmed when it would replace a different saved case).
 */
import { Component, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { VERDICT_LABELS } from '../rules/labels';
import type { CaseFile, Verdict } from '../rules/types';
import { packCaseFile } from '../share';
import type { LinkState } from './state';


/** Whether two case files hold the same facts (compared as the link would carry them). */
export function sameCase(a: CaseFile, b: CaseFile): boolean {
  try {
    return JSON.stringify(packCaseFile(a)) === JSON.stringify(packCaseFile(b));
  } catch {
    return false;
  }
}

const CANNOT_SHOW =
  'This link opened, but the explanation for the case in it could not be shown. Ask the person who sent it to make a new link.';

/** Keeps a failure while showing the explanation from blanking the page. */
class Guard extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p className="error-summary" role="alert">{CANNOT_SHOW}</p> : this.props.children;
  }
}

export interface LinkPageProps {
  link: Exclude<LinkState, { kind: 'opening' }>;
  /** The verdict for the case in the link; undefined when it could not be worked out. */
  verdict?: Verdict;
  headingRef: Ref<HTMLHeadingElement>;
  /** Whether this device has a case saved (any answers at all). */
  hasSaved: boolean;
  /** The saved case, when it is complete enough to compare. */
  ownCase?: CaseFile;
  onEdit: (caseFile: CaseFile) => void;
  /** Leaves the link: to the saved case, or (startNew) to a new one. */
  onLeave: (startNew: boolean) => void;
  /** The explanation itself (the Result component in its read-only form). */
  children?: ReactNode;
}

export function LinkPage({ link, verdict, headingRef, hasSaved, ownCase, onEdit, onLeave, children }: LinkPageProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) editRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const leaveButtons = (primary: boolean) =>
    hasSaved ? (
      <button type="button" className={primary ? 'button' : 'button button--secondary'} onClick={() => onLeave(false)}>
        Go back to the case saved on this device
      </button>
    ) : (
      <button type="button" className={primary ? 'button' : 'button button--secondary'} onClick={() => onLeave(true)}>
        Start a new case
      </button>
    );

  if (link.kind === 'broken' || verdict === undefined) {
    const newer = link.kind === 'broken' && link.reason === 'newer_version';
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>This link could not be opened</h1>
        <div className="error-summary link-error">
          <p>{link.kind === 'broken' ? link.error : CANNOT_SHOW}</p>
          <p>Nothing on this device was changed{hasSaved ? ': the case saved here is as you left it' : ''}.</p>
        </div>
        <div className="button-row">
          {newer ? (
            <button type="button" className="button" onClick={() => window.location.reload()}>Reload the page</button>
          ) : null}
          {leaveButtons(!newer)}
        </div>
      </>
    );
  }

  const cf = link.caseFile;
  const replaces = hasSaved && !(ownCase && sameCase(ownCase, cf));
  return (
    <>
      <p className="caption">The case in this link</p>
      <h1 ref={headingRef} tabIndex={-1}>{VERDICT_LABELS[verdict]}</h1>
      <p className="link-intro no-print">
        Prepared for you with this link. Nothing from it is saved on this device unless you choose Edit these facts.
      </p>
      {cf.notes ? (
        <section className="attorney-note" aria-labelledby="attorney-note-title">
          <h2 id="attorney-note-title">Note from your attorney</h2>
          {/* Plain text only: React escapes it, and pre-wrap keeps its line breaks. */}
          <p className="pre-wrap">{cf.notes}</p>
        </section>
      ) : null}
      <div className="button-row no-print">
        <button
          type="button"
          ref={editRef}
          className="button"
          aria-expanded={replaces ? confirming : undefined}
          onClick={() => (replaces ? setConfirming(true) : onEdit(cf))}
        >
          Edit these facts
        </button>
        {hasSaved ? leaveButtons(false) : null}
      </div>
      {confirming ? (
        <section className="confirm no-print" aria-labelledby="confirm-title" tabIndex={-1} ref={confirmRef}>
          <h2 id="confirm-title">Replace the case saved on this device?</h2>
          <p>
            This device already has a different case saved. Editing the facts from this link replaces it, and the saved
            case cannot be brought back. To keep it, choose “Keep the saved case”, go back to it and export it first.
          </p>
          <div className="button-row">
            <button type="button" className="button button--warning" onClick={() => onEdit(cf)}>
              Replace it and edit these facts
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Keep the saved case
            </button>
          </div>
        </section>
      ) : null}
      <Guard>{children}</Guard>
    </>
  );
}
