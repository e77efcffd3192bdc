/**
 * Validation of each step of the form, run on Continue (GOV.UK: never on blur). zod/mini schemas
 * over the draft; every error carries the id of the field it belongs to, in page order.
 */
import * as z from 'zod/mini';
import { isISODate } from '../rules/dates';
import { dateProblem } from '../rules/schema';
import { NOTES_MAX, POST_MAX } from '../rules/types';
import type { Draft, EntryForm } from './draft';

export type StepId = 'visa' | 'interview' | 'history' | 'letter' | 'notes';
export interface FieldError { id: string; message: string }

const chosen = (message: string) => z.string().check(z.minLength(1, message));
const optDate = (label: string) =>
  z.string().check(z.refine((s) => s === '' || isISODate(s), { error: (iss) => `${label}: ${dateProblem(iss.input)}` }));

const SCHEMAS = {
  visa: z.object({
    visaClass: chosen('Select the visa class you applied for'),
    petitionStatus: chosen('Select what is happening with the petition, or "I don\'t know"'),
    validUntil: optDate('The petition end date'),
  }),
  interview: z.object({
    appKind: chosen('Select whether you had an interview or used an interview waiver'),
    appDate: optDate('The date'),
    post: z.string().check(z.maxLength(POST_MAX, `The consulate or embassy must be ${POST_MAX} characters or fewer`)),
  }),
  letter: z.object({
    hasLetter: chosen('Select whether you have a refusal letter, or "I don\'t have a letter / I don\'t know"'),
  }),
  notes: z.object({
    notes: z.string().check(z.maxLength(NOTES_MAX, `The note must be ${NOTES_MAX.toLocaleString('en-US')} characters or fewer`)),
  }),
} as const;

function run(schema: z.ZodMiniType, value: unknown): FieldError[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ id: String(i.path[0] ?? ''), message: i.message }));
}

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

export function validateStep(step: StepId, d: Draft, today: string): FieldError[] {
  switch (step) {
    case 'visa':
      return run(SCHEMAS.visa, d);
    case 'interview': {
      const errors = run(SCHEMAS.interview, d);
      if (d.appKind === 'interview' && !d.officerSaid) errors.push({ id: 'officerSaid', message: 'Select what the officer told you, or "I don\'t know"' });
      if (!d.passport) errors.push({ id: 'passport', message: 'Select whether the passport was kept or returned, or "I don\'t know"' });
      return errors;
    }
    case 'history':
      return d.entry.open && d.entry.touched ? validateEntry(d.entry, today) : [];
    case 'letter': {
      const errors = run(SCHEMAS.letter, d);
      if (d.hasLetter !== 'yes') return errors;
      const date = (id: 'refusedOn' | 'respondedOn', label: string) => {
        const v = d[id];
        if (v && !isISODate(v)) errors.push({ id, message: `${label}: ${dateProblem(v)}` });
        else if (v && v > today) errors.push({ id, message: `${label} must be today or earlier` });
      };
      date('refusedOn', 'The date on the letter');
      if (!d.grounds.length && !d.groundsUnknown) {
        errors.push({ id: 'grounds', message: 'Select the section or sections named on the letter, or "I don\'t know"' });
      } else if (d.grounds.length && d.groundsUnknown) {
        errors.push({ id: 'grounds', message: 'Select the sections on the letter or "I don\'t know", not both' });
      }
      if (!d.slipColor) errors.push({ id: 'slipColor', message: 'Select the colour of the letter, or "I don\'t know"' });
      date('respondedOn', 'The day you sent what was asked for');
      return errors;
    }
    case 'notes':
      return run(SCHEMAS.notes, d);
  }
}
