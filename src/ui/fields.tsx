/**
 * Form controls following GOV.UK's patterns: label, hint, inline error linked by aria-describedby.
 * Labels and hints come in already written for the page's language; choices and errors are texts
 * (src/i18n/text.ts) shown here.
 */
import { forwardRef, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react';
import type { I18n } from '@lingui/core';
import { MAX_YEAR, MIN_YEAR } from '../rules/dates';
import { formatDateIn } from '../i18n/dates';
import { show, type Text } from '../i18n/text';
import type { FieldError, Option } from '../intake/form';
import { EN } from './Chrome';

/**
 * A text in the page's language, as rich text: a message's `<0>…</0>` marks words that stay English
 * (CEAC's own words, brief rule 7), nested texts are shown the same way, days are written for the
 * language. A plain string is shown as it is (a code, a CEAC status name, or what the person typed).
 * The values named in `en` are English on purpose (a CEAC status name) and are marked so.
 */
export function ShowText({ t, en }: { t: Text | string; en?: readonly string[] }) {
  const { i18n } = useLingui();
  if (typeof t === 'string') return <>{t}</>;
  const values: Record<string, ReactNode> = {};
  for (const [k, v] of Object.entries(t.values ?? {})) {
    values[k] = typeof v === 'number' ? v
      : typeof v === 'string' ? (en?.includes(k) ? <span lang="en">{v}</span> : v)
        : 'id' in v ? <ShowText t={v} /> : formatDateIn(i18n.locale, v.date);
  }
  return <Trans id={t.id} values={values} components={{ 0: EN }} />;
}

/** A choice's label as plain text (an `<option>` holds text only): a code as it is, a message in the page's language. */
const labelText = (i18n: I18n, l: Text | string): string => (typeof l === 'string' ? l : show(i18n, l));

export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldError[] }>(function ErrorSummary({ errors }, ref) {
  const { i18n } = useLingui();
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{i18n._('form.errorSummary.title')}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                const el = document.getElementById(e.id);
                if (el) {
                  ev.preventDefault();
                  focusTarget(el);
                }
              }}
            >
              <ShowText t={e.message} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

/**
 * As GOV.UK Frontend's error summary does: bring the question's legend (for a group of choices, or
 * when the legend and the control fit on the screen together) or the control's label into view,
 * then focus the control without scrolling again, so the question stays readable above it.
 */
function focusTarget(el: HTMLElement): void {
  const legendOrLabel = questionOf(el);
  legendOrLabel?.scrollIntoView?.();
  el.focus({ preventScroll: true });
}

function questionOf(el: HTMLElement): HTMLElement | null {
  const label = 'labels' in el ? ((el as HTMLInputElement).labels?.[0] ?? null) : null;
  const legend = el.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend') ?? null;
  if (!legend) return label;
  const type = el instanceof HTMLInputElement ? el.type : '';
  if (type === 'checkbox' || type === 'radio') return legend;
  // Other controls in a fieldset: the legend if it fits on the screen with the control, else the label.
  const top = legend.getBoundingClientRect().top;
  const box = el.getBoundingClientRect();
  if (box.height && window.innerHeight && box.top + box.height - top < window.innerHeight / 2) return legend;
  return label ?? legend;
}

export const errorFor = (errors: FieldError[], id: FieldError['id']): Text | undefined => errors.find((e) => e.id === id)?.message;

function describedBy(id: string, hint?: ReactNode, error?: Text): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? <div className="hint" id={`${id}-hint`}>{hint}</div> : null;
}
function ErrorMessage({ id, error }: { id: string; error?: Text }) {
  const { i18n } = useLingui();
  return error ? (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">{i18n._('form.error.prefix')} </span>
      <ShowText t={error} />
    </p>
  ) : null;
}

interface Base {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: Text;
}

/** A GOV.UK-style field: label, hint and error message above one control, tied by ids. */
function FieldShell({ id, label, hint, error, children }: Base & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function DateField({ id, label, hint, error, value, onChange }: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="date"
        value={value}
        min={`${MIN_YEAR}-01-01`}
        max={`${MAX_YEAR}-12-31`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function TextField({
  id, label, hint, error, value, onChange, maxLength, multiline, autoComplete = 'off',
}: Base & { value: string; onChange: (v: string) => void; maxLength?: number; multiline?: boolean; autoComplete?: string }) {
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    spellCheck: multiline ? true : false,
  } as const;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={maxLength} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** Options in runs of the same `group` (no group: a run of its own), in their order. */
function groupsOf<T extends string>(options: Option<T>[]): Array<[Text | undefined, Option<T>[]]> {
  const runs: Array<[Text | undefined, Option<T>[]]> = [];
  for (const o of options) {
    const last = runs[runs.length - 1];
    if (last && last[0]?.id === o.group?.id) last[1].push(o);
    else runs.push([o.group, [o]]);
  }
  return runs;
}

export function SelectField<T extends string>({
  id, label, hint, error, value, onChange, options, placeholder,
}: Base & { value: T; onChange: (v: T) => void; options: Option<T>[]; placeholder: string }) {
  const { i18n } = useLingui();
  const option = (o: Option<T>) => <option key={o.value} value={o.value} lang={o.lang}>{labelText(i18n, o.label)}</option>;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value as T)}
      >
        <option value="">{placeholder}</option>
        {groupsOf(options).map(([group, opts]) => (group
          ? (
            <optgroup key={group.id} label={labelText(i18n, group)}>
              {opts.map(option)}
            </optgroup>
          )
          : opts.map(option)))}
      </select>
    </FieldShell>
  );
}

/** A GOV.UK-style group of choices: a fieldset whose legend is the question, then hint, error and the choices. */
function GroupShell({ id, label, hint, error, className, children }: Base & { className: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className={className}>{children}</div>
      </fieldset>
    </div>
  );
}

/** A radio group in a fieldset; the first radio has the group's id (the error summary links to it). */
export function Radios<T extends string>({
  id, label, hint, error, value, onChange, options, small,
}: Base & { value: T; onChange: (v: T) => void; options: Option<T>[]; small?: boolean }) {
  return (
    <GroupShell id={id} label={label} hint={hint} error={error} className={`choices${small ? ' choices--small' : ''}`}>
      {options.map((o, i) => {
        const oid = i === 0 ? id : `${id}-${i}`;
        return (
          <div className="choice" key={o.value || `none-${i}`}>
            <input
              type="radio"
              id={oid}
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.hint ? `${oid}-hint` : undefined}
            />
            <label htmlFor={oid} lang={o.lang}><ShowText t={o.label} /></label>
            {o.hint ? <div className="hint choice-hint" id={`${oid}-hint`}><ShowText t={o.hint} /></div> : null}
          </div>
        );
      })}
    </GroupShell>
  );
}

/** A checkbox group; `none` adds an exclusive "I don't know" box after an "or". */
export function Checkboxes<T extends string>({
  id, label, hint, error, values, onChange, options, nones = [],
}: Base & {
  values: T[];
  onChange: (v: T[]) => void;
  options: Option<T>[];
  /** Answers of their own after an "or" ("I don't know", "Nothing"): each excludes the ticks and the others. */
  nones?: ReadonlyArray<{ key: string; label: Text | string; checked: boolean; onChange: (checked: boolean) => void }>;
}) {
  const { i18n } = useLingui();
  return (
    <GroupShell id={id} label={label} hint={hint} error={error} className="choices">
      {options.map((o, i) => {
        const oid = i === 0 ? id : `${id}-${i}`;
        const checked = values.includes(o.value);
        return (
          <div className="choice" key={o.value}>
            <input
              type="checkbox"
              id={oid}
              name={id}
              value={o.value}
              checked={checked}
              onChange={() => onChange(checked ? values.filter((v) => v !== o.value) : [...values, o.value])}
            />
            <label htmlFor={oid} lang={o.lang}><ShowText t={o.label} /></label>
          </div>
        );
      })}
      {nones.length ? <p className="choices-or">{i18n._('form.choices.or')}</p> : null}
      {nones.map((n) => (
        <div className="choice" key={n.key}>
          <input
            type="checkbox"
            id={`${id}-${n.key}`}
            name={id}
            value={n.key}
            checked={n.checked}
            onChange={(e) => n.onChange(e.target.checked)}
          />
          <label htmlFor={`${id}-${n.key}`}><ShowText t={n.label} /></label>
        </div>
      ))}
    </GroupShell>
  );
}
