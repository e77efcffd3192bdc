/** The question steps. Each gets the draft, a way to change it, and the errors to show. */
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../rules/dates';
import { CEAC_STATUSES, VISA_CLASSES, NOTES_MAX, POST_MAX } from '../rules/types';
import { commitEntry, editEntry, entryFormFor, fillEntryForm, removeEntry, scrubText, sortedHistory, type Draft, type EntryForm } from './draft';
import { Checkboxes, DateField, Radios, SelectField, TextField, errorFor } from './fields';
import { PASTE_ID, PasteCeac } from './PasteCeac';
import {
  GROUND_OPTIONS, KIND_OPTIONS, LETTER_OPTIONS, MESSAGE_OPTIONS, OFFICER_OPTIONS, PASSPORT_OPTIONS, PETITION_OPTIONS,
  REQUEST_OPTIONS, SCRUBBED_MESSAGE, SLIP_OPTIONS, VISA_CLASS_LABEL, labelOf,
} from './text';
import { validateEntry, type FieldError } from './validate';

export interface StepProps {
  draft: Draft;
  update: (change: Partial<Draft> | ((d: Draft) => Draft)) => void;
  errors: FieldError[];
  showErrors: (errors: FieldError[]) => void;
  today: string;
  scrubbed: Record<string, boolean>;
  setScrubbed: (field: string, dropped: boolean) => void;
}

const VISA_OPTIONS = VISA_CLASSES.map((v) => ({ value: v, label: VISA_CLASS_LABEL(v) }));

export function VisaStep({ draft, update, errors }: StepProps) {
  return (
    <>
      <SelectField
        id="visaClass"
        label="Visa class"
        hint="The class on your petition or appointment, for example H-1B. Family members choose their own class, for example H-4."
        placeholder="Choose a visa class"
        options={VISA_OPTIONS}
        value={draft.visaClass}
        error={errorFor(errors, 'visaClass')}
        onChange={(visaClass) => update({ visaClass })}
      />
      <Radios
        id="petitionStatus"
        label="What is happening with the petition (Form I-129)?"
        hint="Family members: answer for the main applicant's petition."
        options={PETITION_OPTIONS}
        value={draft.petitionStatus}
        error={errorFor(errors, 'petitionStatus')}
        onChange={(petitionStatus) => update({ petitionStatus })}
      />
      <DateField
        id="validUntil"
        label="Petition end date (optional)"
        hint='The "valid to" date on the I-797 approval notice.'
        value={draft.validUntil}
        error={errorFor(errors, 'validUntil')}
        onChange={(validUntil) => update({ validUntil })}
      />
    </>
  );
}

function ScrubNotice({ show }: { show: boolean }) {
  return show ? <p className="notice" role="status">{SCRUBBED_MESSAGE}</p> : null;
}

export function InterviewStep({ draft, update, errors, scrubbed, setScrubbed }: StepProps) {
  return (
    <>
      <Radios
        id="appKind"
        label="How did you apply?"
        options={KIND_OPTIONS}
        value={draft.appKind}
        error={errorFor(errors, 'appKind')}
        onChange={(appKind) => update({ appKind })}
      />
      <DateField
        id="appDate"
        label="Date of the interview or document drop-off (optional)"
        hint="The 60-day, 180-day and one-year dates count from it."
        value={draft.appDate}
        error={errorFor(errors, 'appDate')}
        onChange={(appDate) => update({ appDate })}
      />
      <TextField
        id="post"
        label="Consulate or embassy (optional)"
        hint="The city is enough, for example Chennai. Do not enter names, case numbers or passport numbers."
        value={draft.post}
        maxLength={POST_MAX}
        error={errorFor(errors, 'post')}
        onChange={(v) => {
          const s = scrubText(v);
          setScrubbed('post', s.dropped);
          update({ post: s.text });
        }}
      />
      <ScrubNotice show={!!scrubbed.post} />
      {draft.appKind === 'interview' ? (
        <Radios
          id="officerSaid"
          label="What did the officer tell you at the end of the interview?"
          options={OFFICER_OPTIONS}
          value={draft.officerSaid}
          error={errorFor(errors, 'officerSaid')}
          onChange={(officerSaid) => update({ officerSaid })}
        />
      ) : null}
      <Radios
        id="passport"
        label="Was your passport kept or given back?"
        options={PASSPORT_OPTIONS}
        value={draft.passport}
        error={errorFor(errors, 'passport')}
        onChange={(passport) => update({ passport })}
      />
    </>
  );
}

const STATUS_OPTIONS = CEAC_STATUSES.map((s) => ({ value: s, label: s }));

function entryText(e: { status: string; seenOn: string; lastUpdated: string }): string {
  return `${e.status || 'No status'}, seen on ${e.seenOn ? formatDate(e.seenOn) : 'an unknown day'}`;
}

export function HistoryStep({ draft, update, errors, showErrors, today }: StepProps) {
  const rows = sortedHistory(draft.history);
  const e = draft.entry;
  const setEntry = (patch: Partial<EntryForm>) => update((d) => ({ ...d, entry: { ...d.entry, ...patch, touched: true } }));
  // Set when "Use this" (paste from CEAC) filled the add form; the form then says so and takes focus.
  const [pasteTick, setPasteTick] = useState(0);
  const pastedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (pasteTick) pastedRef.current?.focus();
  }, [pasteTick]);
  const fromPaste = pasteTick > 0 && e.open && !e.editing;
  const save = () => {
    const errs = validateEntry(e, today);
    if (errs.length) return showErrors(errs);
    showErrors([]);
    setPasteTick(0);
    update(commitEntry);
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
          showErrors([]);
          update((d) => fillEntryForm(d, { ...p, seenOn: today }));
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
                  <button type="button" className="button button--secondary button--small" onClick={() => { showErrors([]); setPasteTick(0); update((d) => editEntry(d, r.id)); }}>
                    Change{' '}<span className="visually-hidden">status {i + 1}: {entryText(r)}</span>
                  </button>
                  <button type="button" className="button button--warning button--small" onClick={() => { showErrors([]); update((d) => removeEntry(d, r.id)); }}>
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
              <button
                type="button"
                className="button button--secondary"
                onClick={() => { showErrors([]); setPasteTick(0); update((d) => ({ ...d, entry: { ...entryFormFor(d.history), open: false } })); }}
              >
                Cancel
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => update((d) => ({ ...d, entry: entryFormFor(d.history) }))}>
          Add another status
        </button>
      )}
    </>
  );
}

export function LetterStep({ draft, update, errors }: StepProps) {
  return (
    <>
      <Radios
        id="hasLetter"
        label="Do you have a refusal letter?"
        hint="At the end of the interview, or later by email, the officer may give a letter (often called a slip) that names a section of the law."
        options={LETTER_OPTIONS}
        value={draft.hasLetter}
        error={errorFor(errors, 'hasLetter')}
        onChange={(hasLetter) => update({ hasLetter })}
      />
      {draft.hasLetter === 'yes' ? (
        <div className="reveal">
          <DateField
            id="refusedOn"
            label="Date on the letter (optional)"
            hint="If it is empty, the interview or drop-off date is used."
            value={draft.refusedOn}
            error={errorFor(errors, 'refusedOn')}
            onChange={(refusedOn) => update({ refusedOn })}
          />
          <Checkboxes
            id="grounds"
            label="Which sections of the law does the letter name?"
            hint="Tick every section named on the letter."
            options={GROUND_OPTIONS}
            values={draft.grounds}
            error={errorFor(errors, 'grounds')}
            onChange={(grounds) => update({ grounds, groundsUnknown: grounds.length ? false : draft.groundsUnknown })}
            none={{
              label: "I don't know",
              checked: draft.groundsUnknown,
              onChange: (checked) => update(checked ? { groundsUnknown: true, grounds: [] } : { groundsUnknown: false }),
            }}
          />
          <Radios
            id="slipColor"
            label="What colour is the letter?"
            hint="Only a hint: colours vary by post and are not official. The section named on the letter is what counts."
            options={SLIP_OPTIONS}
            value={draft.slipColor}
            small
            error={errorFor(errors, 'slipColor')}
            onChange={(slipColor) => update({ slipColor })}
          />
          <Checkboxes
            id="requests"
            label="What does the letter ask you to do? (optional)"
            hint="Tick everything that applies. Leave all empty if it asks for nothing."
            options={REQUEST_OPTIONS}
            values={draft.requests}
            onChange={(requests) => update({ requests })}
          />
          <DateField
            id="respondedOn"
            label="Day you sent what was asked for (optional)"
            hint="Leave empty if you have not sent it yet."
            value={draft.respondedOn}
            error={errorFor(errors, 'respondedOn')}
            onChange={(respondedOn) => update({ respondedOn })}
          />
        </div>
      ) : null}
    </>
  );
}

export function NotesStep({ draft, update, errors, scrubbed, setScrubbed }: StepProps) {
  const left = NOTES_MAX - draft.notes.length;
  return (
    <>
      <TextField
        id="notes"
        label="Notes (optional)"
        hint="Anything to keep with this case, for example what the letter asked for, in your own words. Do not enter names, case numbers or passport numbers."
        multiline
        value={draft.notes}
        error={errorFor(errors, 'notes')}
        onChange={(v) => {
          const s = scrubText(v);
          setScrubbed('notes', s.dropped);
          update({ notes: s.text });
        }}
      />
      <p className="hint" id="notes-count">
        {left >= 0 ? `You have ${left.toLocaleString('en-US')} characters left.` : `You have ${(-left).toLocaleString('en-US')} characters too many.`}
      </p>
      <ScrubNotice show={!!scrubbed.notes} />
    </>
  );
}
