/**
 * One question of the form, drawn from its description in src/intake/form.ts: the control, its
 * label and hint, its choices, its error, and what happens to identifiers typed into free text.
 */
import type { Dispatch } from 'react';
import { useLingui } from '@lingui/react';
import { show } from '../i18n/text';
import { scrubIdentifiers } from '../rules/identifiers';
import type { Draft } from '../intake/draft';
import { SCRUBBED_MESSAGE, type FieldError, type ListField, type ScalarField } from '../intake/form';
import { Checkboxes, DateField, Radios, SelectField, TextField, errorFor } from './fields';
import type { AppEvent, AppState } from './state';

export interface QuestionProps {
  draft: Draft;
  errors: FieldError[];
  scrubbed: AppState['scrubbed'];
  dispatch: Dispatch<AppEvent>;
}

function ScrubNotice({ shown }: { shown: boolean }) {
  const { i18n } = useLingui();
  return shown ? <p className="notice" role="status">{show(i18n, SCRUBBED_MESSAGE)}</p> : null;
}

function NotesCount({ length, max }: { length: number; max: number }) {
  const { i18n } = useLingui();
  const left = max - length;
  return (
    <p className="hint" id="notes-count">
      {left >= 0 ? i18n._('form.notes.left', { count: left }) : i18n._('form.notes.tooMany', { count: -left })}
    </p>
  );
}

export function Question({ field: f, draft, errors, scrubbed, dispatch }: QuestionProps & { field: ScalarField | ListField }) {
  const { i18n } = useLingui();
  const error = errorFor(errors, f.key);
  const set = (change: Partial<Draft>) => dispatch({ type: 'edited', change });
  const common = { id: f.key, label: show(i18n, f.labelFor?.(draft) ?? f.label), hint: f.hint ? show(i18n, f.hint) : undefined, error };
  switch (f.control) {
    case 'select':
      return (
        <SelectField {...common} placeholder={show(i18n, f.placeholder)} options={f.options} value={draft[f.key]}
          onChange={(v) => set({ [f.key]: v })} />
      );
    case 'radios':
      return (
        <Radios {...common} options={f.options} value={draft[f.key]} small={f.small}
          onChange={(v) => set({ [f.key]: v })} />
      );
    case 'date':
      return <DateField {...common} value={draft[f.key]} onChange={(v) => set({ [f.key]: v })} />;
    case 'text': {
      const key = f.key as 'post' | 'notes';
      return (
        <>
          <TextField {...common} value={draft[key]} multiline={f.multiline} maxLength={f.multiline ? undefined : f.max}
            onChange={(v) => {
              const s = scrubIdentifiers(v);
              if (s.dropped) dispatch({ type: 'scrubbed', field: key });
              set({ [key]: s.text });
            }} />
          {f.multiline ? <NotesCount length={draft[key].length} max={f.max} /> : null}
          <ScrubNotice shown={!!scrubbed[key]} />
        </>
      );
    }
    case 'checkboxes': {
      const nones = f.nones ?? [];
      const cleared = Object.fromEntries(nones.map((n) => [n.key, false]));
      return (
        <Checkboxes {...common} options={f.options} values={draft[f.key] as string[]}
          onChange={(values) => set({ [f.key]: values, ...(values.length ? cleared : {}) })}
          nones={nones.map((n) => ({
            key: n.key,
            label: n.label,
            checked: draft[n.key],
            onChange: (checked: boolean) => set(checked ? { ...cleared, [n.key]: true, [f.key]: [] } : { [n.key]: false }),
          }))} />
      );
    }
  }
}
