/** "Your case on this device": import and export a case file (JSON), and clear the case. */
import type { Dispatch } from 'react';
import type { CaseFile } from '../rules/types';
import type { AppEvent, AppState } from './state';

export function CaseTools({ state, ownCase, today, dispatch }: {
  state: Pick<AppState, 'importErrors' | 'toolMessage'>;
  /** The case as a case file, when it is complete enough to export. */
  ownCase: CaseFile | undefined;
  today: string;
  dispatch: Dispatch<AppEvent>;
}) {
  const { importErrors } = state;
  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const io = await import('./io');
    const r = await io.readCaseFile(file);
    input.value = '';
    dispatch(r.ok ? { type: 'imported', caseFile: r.caseFile, warnings: r.warnings } : { type: 'importFailed', errors: r.errors });
  };
  const onExport = async () => {
    if (!ownCase) return dispatch({ type: 'exportRefused' });
    const io = await import('./io');
    io.downloadCaseFile(ownCase, today);
    dispatch({ type: 'exported' });
  };
  return (
    <section className="case-tools" aria-labelledby="case-tools-title">
      <h2 id="case-tools-title">Your case on this device</h2>
      <p className="hint">Your answers are kept in this browser only, until you clear them. Nothing is sent anywhere.</p>
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
