/**
 * Checking the form, step by step, on Continue (GOV.UK: never on blur). Each question's check is in
 * its description (./form.ts), and uses the case file's own tests (a real YYYY-MM-DD date, the same
 * length limits); the messages are written for the person filling in the form, as texts the page shows
 * in its language (src/i18n/text.ts). Errors come in page order, each with the id of the control it
 * belongs to (the error summary links to it).
 */
import { isISODate } from '../rules/dates';
import { text } from '../i18n/text';
import type { Draft, EntryForm } from './draft';
import { dateProblemText, fieldsOf, isAsked, problemWith, type FieldError, type StepId } from './form';

/** Errors in the history editor's add/change form (when it holds something). */
export function validateEntry(e: EntryForm, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!e.status) errors.push({ id: 'entry-status', message: text(/*i18n*/ 'form.entry.statusRequired') });
  if (!e.seenOn) errors.push({ id: 'entry-seenOn', message: text(/*i18n*/ 'form.entry.seenOnRequired') });
  else if (!isISODate(e.seenOn)) errors.push({ id: 'entry-seenOn', message: dateProblemText(text(/*i18n*/ 'form.entry.seenOnName'), e.seenOn) });
  else if (e.seenOn > today) errors.push({ id: 'entry-seenOn', message: text(/*i18n*/ 'form.entry.seenOnFuture') });
  if (e.lastUpdated && !isISODate(e.lastUpdated)) {
    errors.push({ id: 'entry-lastUpdated', message: dateProblemText(text(/*i18n*/ 'form.entry.lastUpdatedName'), e.lastUpdated) });
  } else if (e.lastUpdated && isISODate(e.seenOn) && e.lastUpdated > e.seenOn) {
    errors.push({ id: 'entry-lastUpdated', message: text(/*i18n*/ 'form.entry.lastUpdatedAfterSeen') });
  }
  return errors;
}

/** The problems on one step, in page order. */
export function validateStep(step: StepId, d: Draft, today: string): FieldError[] {
  if (step === 'history') return d.entry.open && d.entry.touched ? validateEntry(d.entry, today) : [];
  return fieldsOf(step)
    .filter((f) => isAsked(f, d))
    .flatMap((f) => {
      const message = problemWith(f, d, today);
      return message ? [{ id: f.key as FieldError['id'], message }] : [];
    });
}

/** The first step (in form order) with a problem, and its errors; undefined when every step is fine. */
export function firstProblem(d: Draft, today: string, steps: readonly StepId[]): { step: StepId; errors: FieldError[] } | undefined {
  for (const step of steps) {
    const errors = validateStep(step, d, today);
    if (errors.length) return { step, errors };
  }
  return undefined;
}
