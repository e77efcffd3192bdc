/**
 * The page a case link opens (the "client view"): the assessment, read-only, with the note that came
 * with the link; or, for a damaged, tampered or newer link, a plain message and a way out.
 * Loaded on demand with the result page. Nothing here writes to this device: App does that, and only
 * after "Edit these facts" (confirmed when it would replace a different saved case).
 */
import { Component, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useLingui } from '@lingui/react';
import { VERDICT_LABEL_MESSAGES } from '../rules/labels';
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

/** The explanation could not be shown: a plain message, in the page's language. */
function CannotShow() {
  const { i18n } = useLingui();
  return <>{i18n._('result.link.cannotShow')}</>;
}

/** Keeps a failure while showing the explanation from blanking the page. */
class Guard extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p className="error-summary" role="alert"><CannotShow /></p> : this.props.children;
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
  const { i18n } = useLingui();
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
        {i18n._('result.link.backToSaved')}
      </button>
    ) : (
      <button type="button" className={primary ? 'button' : 'button button--secondary'} onClick={() => onLeave(true)}>
        {i18n._('result.link.startNew')}
      </button>
    );

  if (link.kind === 'broken' || verdict === undefined) {
    const newer = link.kind === 'broken' && link.reason === 'newer_version';
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>{i18n._('result.link.brokenHeading')}</h1>
        <div className="error-summary link-error">
          <p>{link.kind === 'broken' ? link.error : <CannotShow />}</p>
          <p>{hasSaved ? i18n._('result.link.nothingChangedSaved') : i18n._('result.link.nothingChanged')}</p>
        </div>
        <div className="button-row">
          {newer ? (
            <button type="button" className="button" onClick={() => window.location.reload()}>{i18n._('result.link.reload')}</button>
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
      <p className="caption">{i18n._('result.link.caption')}</p>
      <h1 ref={headingRef} tabIndex={-1}>{i18n._(VERDICT_LABEL_MESSAGES[verdict].id)}</h1>
      <p className="link-intro no-print">{i18n._('result.link.intro', { edit: i18n._('result.link.edit') })}</p>
      {cf.notes ? (
        <section className="attorney-note" aria-labelledby="attorney-note-title">
          <h2 id="attorney-note-title">{i18n._('result.link.attorneyNote')}</h2>
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
          {i18n._('result.link.edit')}
        </button>
        {hasSaved ? leaveButtons(false) : null}
      </div>
      {confirming ? (
        <section className="confirm no-print" aria-labelledby="confirm-title" tabIndex={-1} ref={confirmRef}>
          <h2 id="confirm-title">{i18n._('result.link.replaceHeading')}</h2>
          <p>{i18n._('result.link.replaceWarning', { keep: i18n._('result.link.keep') })}</p>
          <div className="button-row">
            <button type="button" className="button button--warning" onClick={() => onEdit(cf)}>
              {i18n._('result.link.replace')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {i18n._('result.link.keep')}
            </button>
          </div>
        </section>
      ) : null}
      <Guard>{children}</Guard>
    </>
  );
}
