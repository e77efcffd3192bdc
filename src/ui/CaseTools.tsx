/**
 * "Your case on this device": import and export a case file (JSON), and clear the case; and the
 * notice saying when the case is not being kept on this device (`StorageNotice`).
 */
import type { Dispatch } from 'react';
import { useLingui } from '@lingui/react';
import { show } from '../i18n/text';
import type { Problem } from '../intake/restore';
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

/** A problem in the case file schema's own words: English, by contract (src/rules/schema.ts). */
const isEnglish = (p: Problem): p is string => typeof p === 'string';

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
  const { i18n } = useLingui();
  return (
    <div role="status" className="storage-notice no-print">
      {notKept(storage) ? (
        <div className="notice">
          <h2>{i18n._('app.storage.notKept')}</h2>
          <p>{storage.refused ? i18n._('app.storage.refused') : i18n._('app.storage.held')}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void exportCase(tools)}>{i18n._('app.tools.export')}</button>
        </div>
      ) : null}
      {storage.elsewhere ? (
        <div className="notice">
          <h2>{i18n._('app.storage.elsewhere')}</h2>
          <p>{i18n._('app.storage.elsewhereText')}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'newerCaseLoaded' })}>{i18n._('app.storage.loadNewer')}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'keptThisCase' })}>{i18n._('app.storage.keepThis')}</button>
          </div>
        </div>
      ) : null}
      {storage.unreadable === 'aside' ? (
        <p className="notice">{i18n._('app.storage.keptAside', { key: ASIDE_KEY })}</p>
      ) : null}
    </div>
  );
}

export function CaseTools({ state, ...tools }: ToolProps & { state: Pick<AppState, 'importErrors' | 'toolMessage' | 'storage'> }) {
  const { ownCase, today, dispatch } = tools;
  const { importErrors, storage } = state;
  const { i18n } = useLingui();
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
      <h2 id="case-tools-title">{i18n._('app.tools.heading')}</h2>
      <p className="hint">
        {notKept(storage)
          ? i18n._('app.tools.notKept')
          : storage.elsewhere
            ? i18n._('app.tools.waiting')
            : i18n._('app.tools.kept')}
      </p>
      <div className="field">
        <label htmlFor="import-file">{i18n._('app.tools.import')}</label>
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
          <h3>{i18n._('app.import.failed')}</h3>
          {/* The schema's problems are its own English words (by contract): the lead sentence says so in the other languages. */}
          <p>{importErrors.some(isEnglish) ? i18n._('app.import.problemsInEnglish') : i18n._('app.import.problems')}</p>
          <ul>{importErrors.map((m, i) => <li key={i}>{isEnglish(m) ? <span lang="en">{m}</span> : show(i18n, m)}</li>)}</ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void onExport()}>{i18n._('app.tools.export')}</button>
        <button type="button" className="button button--warning" onClick={() => dispatch({ type: 'cleared' })}>{i18n._('app.tools.clear')}</button>
      </div>
      <p role="status" className="tool-message">{state.toolMessage ? show(i18n, state.toolMessage) : null}</p>
    </section>
  );
}
