/**
 * Checking the form, step by step, on Continue (GOV.UK: never on blur). Each question's check is in
 * its description (./form.ts), and uses the case file's own tests (a real YYYY-MM-DD date, the same
 * length limits); the messages are written for the person filling in the form. Errors come in page
 * order, each with the id of the control it belongs to (the error summary links to it).
 */
import { dateProblem, isISODate } from '../rules/dates';
import type { Draft, EntryForm } from './draft';
import { fieldsOf, isAsked, problemWith, type FieldError, type StepId } from './form';

/** Errors in the history editor's add/change form (when it holds something). */
export function validateEntry(e: EntryForm, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!e.status) errors.push({ id: 'entry-status', message: 'Select the status CEAC showed' });
  if (!e.seenOn) errors.push({ id: 'entry-seenOn', message: 'Enter the day you saw this status' });
  else if (!isISODate(e.seenOn)) errors.push({ id: 'entry-seenOn', message: `The day you saw it: ${dateProblem(e.seenOn)}` });
  else if (e.seenOn > today) errors.push({ id: 'entry-seenOn', message: 'The day you saw this status must be today or earlier' });
  if (e.lastUpdated && !isISODate(e.lastUpdated)) {
    errors.push({ id: 'entry-lastUpdated', message: `The "Case Last Updated" date: ${dateProblem(e.lastUpdated)}` });
  } else if (e.lastUpdated && isISODate(e.seenOn) && e.lastUpdated > e.seenOn) {
    errors.push({ id: 'entry-lastUpdated', message: 'The "Case Last Updated" date must be on or before the day you saw the status' });
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
