/**
 * The CEAC status history step: the statuses entered so far (oldest first), each with Change and
 * Remove, an add/change form, and "Paste from the CEAC page".
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { Trans, useLingui } from '@lingui/react';
import type { I18n } from '@lingui/core';
import { formatDateIn } from '../i18n/dates';
import {
  cancelEntry, commitEntry, editEntry, fillEntryForm, openEntry, removeEntry, sortedHistory, type Draft, type EntryForm,
} from '../intake/draft';
import { MESSAGE_OPTIONS, STATUS_OPTIONS, labelOf, type FieldError } from '../intake/form';
import { validateEntry } from '../intake/validate';
import { EN } from './Chrome';
import { DateField, Radios, SelectField, ShowText, errorFor } from './fields';
import { PASTE_ID, PasteCeac } from './PasteCeac';
import type { AppEvent } from './state';

/**
 * The values of a row's Change and Remove buttons' hidden end ("status 2: Refused, seen on 1 Jul
 * 2026"): its number, its status (CEAC's name, in English) and the day it was seen, if known.
 */
function entryValues(i18n: I18n, e: { status: string; seenOn: string }, i: number) {
  return {
    position: i + 1,
    hasStatus: e.status ? 'yes' : 'no',
    status: e.status ? <span lang="en">{e.status}</span> : '',
    hasDate: e.seenOn ? 'yes' : 'no',
    date: e.seenOn ? formatDateIn(i18n.locale, e.seenOn) : '',
  };
}

const HIDDEN = <span className="visually-hidden" />;
export interface HistoryEditorProps {
  draft: Draft;
  errors: FieldError[];
  today: string;
  dispatch: Dispatch<AppEvent>;
}

export function HistoryEditor({ draft, errors, today, dispatch }: HistoryEditorProps) {
  const { i18n } = useLingui();
  const rows = sortedHistory(draft.history);
  const e = draft.entry;
  const edit = (change: (d: Draft) => Draft) => dispatch({ type: 'edited', change });
  const showErrors = (list: FieldError[]) => dispatch({ type: 'errorsShown', errors: list });
  const setEntry = (patch: Partial<EntryForm>) => edit((d) => ({ ...d, entry: { ...d.entry, ...patch, touched: true } }));
  // Set when "Use this" (paste from CEAC) filled the add form; the form then says so and takes focus.
  const [pasteTick, setPasteTick] = useState(0);
  const pastedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (pasteTick) pastedRef.current?.focus();
  }, [pasteTick]);
  const fromPaste = pasteTick > 0 && e.open && !e.editing;
  /** Runs a change of the history after clearing errors (and the pasted-text notice, unless kept). */
  const act = (change: (d: Draft) => Draft, keepPaste = false) => {
    showErrors([]);
    if (!keepPaste) setPasteTick(0);
    edit(change);
  };
  const save = () => {
    const errs = validateEntry(e, today);
    if (errs.length) return showErrors(errs);
    act(commitEntry);
  };
  return (
    <>
      <p className="hint">{i18n._('app.history.hint')}</p>
      <PasteCeac
        error={errorFor(errors, PASTE_ID)}
        onError={(message) => showErrors(message ? [{ id: PASTE_ID, message }] : [])}
        onUse={(p) => {
          act((d) => fillEntryForm(d, { ...p, seenOn: today }), true);
          setPasteTick((t) => t + 1);
        }}
      />
      {rows.length ? (
        <>
          <h2>{i18n._('app.history.listHeading')}</h2>
          <ol className="history-list">
            {rows.map((r, i) => (
              <li key={r.id} className="history-item">
                <div>
                  {r.status ? <strong lang="en">{r.status}</strong> : <strong>{i18n._('app.history.noStatus')}</strong>}
                  <div>
                    {r.seenOn
                      ? i18n._('app.history.seenOn', { date: formatDateIn(i18n.locale, r.seenOn) })
                      : i18n._('app.history.seenOnUnknown')}
                  </div>
                  <div>
                    {r.lastUpdated
                      ? <Trans id="app.history.lastUpdated" values={{ date: formatDateIn(i18n.locale, r.lastUpdated) }} components={{ 0: EN }} />
                      : <Trans id="app.history.lastUpdatedNone" components={{ 0: EN }} />}
                  </div>
                  {r.status === 'Refused' && r.message
                    ? <div><Trans id="app.history.wording" values={{ wording: <ShowText t={labelOf(MESSAGE_OPTIONS, r.message)} /> }} /></div>
                    : null}
                </div>
                <div className="button-row">
                  <button type="button" className="button button--secondary button--small" onClick={() => act((d) => editEntry(d, r.id))}>
                    <Trans id="app.history.change" values={entryValues(i18n, r, i)} components={{ 0: HIDDEN }} />
                  </button>
                  <button type="button" className="button button--warning button--small" onClick={() => act((d) => removeEntry(d, r.id), true)}>
                    <Trans id="app.history.remove" values={entryValues(i18n, r, i)} components={{ 0: HIDDEN }} />
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{i18n._('app.history.none')}</p>
      )}
      {e.open ? (
        <fieldset className="entry-form">
          <legend>
            {e.editing
              ? i18n._('app.history.legendChange')
              : rows.length ? i18n._('app.history.legendAnother') : i18n._('app.history.legendFirst')}
          </legend>
          {fromPaste ? (
            <p className="notice" id="entry-from-paste" tabIndex={-1} ref={pastedRef}>{i18n._('app.history.fromPaste')}</p>
          ) : !e.editing && rows.length ? <p className="hint">{i18n._('app.history.prefilled')}</p> : null}
          <SelectField
            id="entry-status"
            label={i18n._('app.history.statusLabel')}
            placeholder={i18n._('app.history.statusPlaceholder')}
            options={STATUS_OPTIONS}
            value={e.status}
            error={errorFor(errors, 'entry-status')}
            onChange={(status) => setEntry({ status })}
          />
          <DateField
            id="entry-seenOn"
            label={i18n._('app.history.seenOnLabel')}
            value={e.seenOn}
            error={errorFor(errors, 'entry-seenOn')}
            onChange={(seenOn) => setEntry({ seenOn })}
          />
          <DateField
            id="entry-lastUpdated"
            label={<Trans id="app.history.lastUpdatedLabel" components={{ 0: EN }} />}
            value={e.lastUpdated}
            error={errorFor(errors, 'entry-lastUpdated')}
            onChange={(lastUpdated) => setEntry({ lastUpdated })}
          />
          {e.status === 'Refused' ? (
            <Radios
              id="entry-message"
              label={<Trans id="app.history.messageLabel" components={{ 0: EN }} />}
              options={MESSAGE_OPTIONS}
              value={e.message}
              small
              onChange={(message) => setEntry({ message })}
            />
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={save}>
              {e.editing ? i18n._('app.history.save') : i18n._('app.history.add')}
            </button>
            {rows.length ? (
              <button type="button" className="button button--secondary" onClick={() => act(cancelEntry)}>
                {i18n._('app.history.cancel')}
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => edit(openEntry)}>
          {i18n._('app.history.openForm')}
        </button>
      )}
    </>
  );
}
