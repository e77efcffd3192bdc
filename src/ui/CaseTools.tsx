/**
 * "Your case on this device": import and export a case file (JSON), and clear the case; and the
 * notice saying when the case is not being kept on this device (`StorageNotice`).
 */
import type { Dispatch } from 'react';
import type { CaseFile } from '../rules/types';
import type { AppEvent, AppState } from './state';
import { ASIDE_KEY } from './storage';

interface ToolProps {
  /** The case as a case file, when it is complete enough to export. */
  ownCase: CaseFile | undefined;
  today: string;
  dispatch: Dispatch<AppEvent>;
}

async function exportCase({ ownCase, today, dispatch }: ToolProps) {
  if (!ownCase) return dispatch({ type: 'exportRefused' });
  const io = await import('./io');
  io.downloadCaseFile(ownCase, today);
  dispatch({ type: 'exported' });
}

/** Not kept on this device: the browser refused to save, or an unreadable saved value could not be kept aside. */
const notKept = (s: AppState['storage']): boolean => s.refused || s.unreadable === 'held';

/**
 * What the page must say about keeping the case: the browser refused to save it, another tab
 * saved a different case (load it, or keep this one), or an earlier saved case could not be read.
 * A status region, always there so what appears in it is announced; it never blocks the form.
 */
export function StorageNotice({ state, ...tools }: ToolProps & { state: Pick<AppState, 'storage'> }) {
  const { storage } = state;
  const { dispatch } = tools;
  return (
    <div role="status" className="storage-notice no-print">
      {notKept(storage) ? (
        <div className="notice">
          <h2>Your case is not being kept on this device</h2>
          <p>
            {storage.refused
              ? 'This browser did not let the app save your answers: its storage may be full or blocked, or this may be a private window.'
              : 'A case saved earlier in this browser could not be read, and there was no room to keep it aside, so it has been left as it was and your answers are not being saved over it.'}
            {' '}If you close or reload this page, your answers will be lost. To keep them, export the case file (JSON) and import it next time.
          </p>
          <button type="button" className="button button--secondary button--small" onClick={() => void exportCase(tools)}>Export case file (JSON)</button>
        </div>
      ) : null}
      {storage.elsewhere ? (
        <div className="notice">
          <h2>This case was changed in another tab</h2>
          <p>
            Another tab or window of this browser saved a different case. So that neither is lost, this tab has stopped
            saving your answers until you choose which case to keep.
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'newerCaseLoaded' })}>Load the newer case</button>
            <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'keptThisCase' })}>Keep the case in this tab</button>
          </div>
        </div>
      ) : null}
      {storage.unreadable === 'aside' ? (
        <p className="notice">
          A case saved earlier in this browser could not be read; it has been kept aside (under the name “{ASIDE_KEY}” in this
          browser&apos;s storage), so saving your answers will not overwrite it.
        </p>
      ) : null}
    </div>
  );
}

export function CaseTools({ state, ...tools }: ToolProps & { state: Pick<AppState, 'importErrors' | 'toolMessage' | 'storage'> }) {
  const { ownCase, today, dispatch } = tools;
  const { importErrors, storage } = state;
  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const io = await import('./io');
    const r = await io.readCaseFile(file);
    input.value = '';
    dispatch(r.ok ? { type: 'imported', caseFile: r.caseFile, warnings: r.warnings } : { type: 'importFailed', errors: r.errors });
  };
  const onExport = () => exportCase({ ownCase, today, dispatch });
  return (
    <section className="case-tools" aria-labelledby="case-tools-title">
      <h2 id="case-tools-title">Your case on this device</h2>
      <p className="hint">
        {notKept(storage)
          ? 'Your answers are not being kept on this device: export the case file (JSON) to keep them.'
          : storage.elsewhere
            ? 'Your answers in this tab are not being saved until you choose which case to keep.'
            : 'Your answers are kept in this browser only, until you clear them.'}
        {' '}Nothing is sent anywhere.
      </p>
      <div className="field">
        <label htmlFor="import-file">Import case file (JSON)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby={importErrors.length ? 'import-errors' : undefined}
          onChange={(e) => void onImport(e.currentTarget)}
        />
      </div>
      {importErrors.length ? (
        <div className="error-summary" id="import-errors" role="alert">
          <h3>The file could not be imported</h3>
          <p>Your current case has not changed. Problems found:</p>
          <ul>{importErrors.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void onExport()}>Export case file (JSON)</button>
        <button type="button" className="button button--warning" onClick={() => dispatch({ type: 'cleared' })}>Clear this case</button>
      </div>
      <p role="status" className="tool-message">{state.toolMessage}</p>
    </section>
  );
}
