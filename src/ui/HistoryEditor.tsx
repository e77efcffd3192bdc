/**
 * The CEAC status history step: the statuses entered so far (oldest first), each with Change and
 * Remove, an add/change form, and "Paste from the CEAC page".
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { formatDate } from '../rules/dates';
import {
  cancelEntry, commitEntry, editEntry, fillEntryForm, openEntry, removeEntry, sortedHistory, type Draft, type EntryForm,
} from '../intake/draft';
import { MESSAGE_OPTIONS, STATUS_OPTIONS, labelOf, type FieldError } from '../intake/form';
import { validateEntry } from '../intake/validate';
import { DateField, Radios, SelectField, errorFor } from './fields';
import { PASTE_ID, PasteCeac } from './PasteCeac';
import type { AppEvent } from './state';

function entryText(e: { status: string; seenOn: string }): string {
  return `${e.status || 'No status'}, seen on ${e.seenOn ? formatDate(e.seenOn) : 'an unknown day'}`;
}

export interface HistoryEditorProps {
  draft: Draft;
  errors: FieldError[];
  today: string;
  dispatch: Dispatch<AppEvent>;
}

export function HistoryEditor({ draft, errors, today, dispatch }: HistoryEditorProps) {
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
      <p className="hint">
        Add each status you saw on the CEAC status page, with the day you saw it. If you only remember the current
        status, add just that. Leave this empty if you have not checked CEAC.
      </p>
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
          <h2>Statuses you saw, oldest first</h2>
          <ol className="history-list">
            {rows.map((r, i) => (
              <li key={r.id} className="history-item">
                <div>
                  <strong>{r.status || 'No status chosen'}</strong>
                  <div>Seen on {r.seenOn ? formatDate(r.seenOn) : 'an unknown day'}</div>
                  <div>Case Last Updated: {r.lastUpdated ? formatDate(r.lastUpdated) : 'not given'}</div>
                  {r.status === 'Refused' && r.message ? <div>Wording: {labelOf(MESSAGE_OPTIONS, r.message)}</div> : null}
                </div>
                <div className="button-row">
                  <button type="button" className="button button--secondary button--small" onClick={() => act((d) => editEntry(d, r.id))}>
                    Change{' '}<span className="visually-hidden">status {i + 1}: {entryText(r)}</span>
                  </button>
                  <button type="button" className="button button--warning button--small" onClick={() => act((d) => removeEntry(d, r.id), true)}>
                    Remove{' '}<span className="visually-hidden">status {i + 1}: {entryText(r)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>No statuses added yet.</p>
      )}
      {e.open ? (
        <fieldset className="entry-form">
          <legend>{e.editing ? 'Change this status' : rows.length ? 'Add another status' : 'Add a status you saw'}</legend>
          {fromPaste ? (
            <p className="notice" id="entry-from-paste" tabIndex={-1} ref={pastedRef}>
              Filled in from the pasted text, with today as the day you saw it. Check it, change anything that is wrong,
              then select “Add this status”.
            </p>
          ) : !e.editing && rows.length ? <p className="hint">Filled in from the latest status: change what is different.</p> : null}
          <SelectField
            id="entry-status"
            label="Status shown on CEAC"
            placeholder="Choose a status"
            options={STATUS_OPTIONS}
            value={e.status}
            error={errorFor(errors, 'entry-status')}
            onChange={(status) => setEntry({ status })}
          />
          <DateField
            id="entry-seenOn"
            label="Day you saw it"
            value={e.seenOn}
            error={errorFor(errors, 'entry-seenOn')}
            onChange={(seenOn) => setEntry({ seenOn })}
          />
          <DateField
            id="entry-lastUpdated"
            label='"Case Last Updated" date shown with it (optional)'
            value={e.lastUpdated}
            error={errorFor(errors, 'entry-lastUpdated')}
            onChange={(lastUpdated) => setEntry({ lastUpdated })}
          />
          {e.status === 'Refused' ? (
            <Radios
              id="entry-message"
              label="Which Refused message did CEAC show? (optional)"
              options={MESSAGE_OPTIONS}
              value={e.message}
              small
              onChange={(message) => setEntry({ message })}
            />
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={save}>
              {e.editing ? 'Save this status' : 'Add this status'}
            </button>
            {rows.length ? (
              <button type="button" className="button button--secondary" onClick={() => act(cancelEntry)}>
                Cancel
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => edit(openEntry)}>
          Add another status
        </button>
      )}
    </>
  );
}
