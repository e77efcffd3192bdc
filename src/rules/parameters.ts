/**
 * The numbers the law and the posts set, each written once as a named parameter with its value, its
 * unit, what it means and the sources (ids in ./sources.ts) it rests on, like an OpenFisca parameter
 * with its `reference`. Every rule, date and text that uses one of these numbers reads it from here;
 * `docs/policy.md` (Parameters) describes them.
 *
 * A plain data module: it imports only a number formatter, so the first page can load it without the rules.
 * Changing a value here changes every date and text that uses it; the texts in ./sources.ts quote the
 * sources themselves and are checked against these values by tests/rules/parameters.test.ts.
 */
import { withCommas } from './numbers';

export type ParameterUnit = 'days' | 'working days' | 'years' | 'months' | 'US dollars' | 'day of September';

export interface Parameter {
  readonly value: number;
  readonly unit: ParameterUnit;
  /** What the number is, in plain words. */
  readonly description: string;
  /** The ids of the sources it rests on (./sources.ts). */
  readonly sources: readonly string[];
}

// The values, each written once. The records below give each its unit, meaning and sources; the
// values stand apart from the records so that a page can use a number without loading every
// description (a bundler drops the records where nothing reads them).
/** Days of administrative processing before many posts accept questions (`post-inquiry-180d`). */
export const INQUIRY_AFTER_DAYS = 180;
/** Years allowed for sending what a 221(g) letter asked for (`usvisa-221g-year`). */
export const DOCUMENTS_WINDOW_YEARS = 1;
/** Years after an immigrant 221(g) refusal within which reinstatement can be asked (`cfr-42-83`). */
export const REINSTATEMENT_YEARS = 2;
/** The day of September on which every DV year ends (`dv-deadline`). */
export const DV_LAST_DAY_OF_SEPTEMBER = 30;
/** Months an approved I-129F is valid (`k1-petition`). */
export const K1_PETITION_VALIDITY_MONTHS = 4;
/** Days before the program start an F-1 or M-1 student may enter (`student-start`). */
export const STUDENT_EARLY_ENTRY_DAYS = 30;
/** Working days after "Issued" before asking the post about the passport (`ceac-issued`). */
export const PASSPORT_WAIT_WORKING_DAYS = 10;
/** The payment a new H-1B petition for someone abroad may require, in US dollars (`proclamation-10973`). */
export const NEW_H1B_PETITION_PAYMENT_USD = 100_000;

export const PARAMETERS = {
  inquiryAfterDays: {
    value: INQUIRY_AFTER_DAYS,
    unit: 'days',
    description:
      'How many calendar days after the interview (or after the documents were sent, if later) many posts ask applicants '
      + 'to wait before asking about administrative processing (posts differ: some say 120, older pages 60): the '
      + '`inquiry_after` milestone and the `inquire-after` step.',
    sources: ['post-inquiry-180d'],
  },
  documentsWindowYears: {
    value: DOCUMENTS_WINDOW_YEARS,
    unit: 'years',
    description:
      'How long posts allow for sending what a 221(g) letter asked for without a new application and fee, counted here '
      + 'from the earlier of the letter and the application (some posts count from the application): the due date of R5 '
      + 'and the `documents_due` milestone; from the letter (else the application), the closure date of R4. From 29 '
      + 'February it lands on 28 February.',
    sources: ['usvisa-221g-year'],
  },
  reinstatementYears: {
    value: REINSTATEMENT_YEARS,
    unit: 'years',
    description:
      'For an immigrant visa refused under 221(g): the registration can be reinstated if, before the end of this many '
      + 'years after the refusal, the applicant shows the failure to send what was asked was beyond their control '
      + '(22 CFR 42.83(c)): the `reinstatement_ends` milestone.',
    sources: ['cfr-42-83'],
  },
  dvLastDay: {
    value: DV_LAST_DAY_OF_SEPTEMBER,
    unit: 'day of September',
    description:
      'The last day of the U.S. fiscal year, and the last day a diversity visa of that program year can be issued '
      + '(INA 204(a)(1)(I)): the DV deadline, the `dv_deadline` milestone and rule R3d. The DV year runs from the day '
      + 'after it in the year before.',
    sources: ['dv-deadline'],
  },
  k1PetitionValidityMonths: {
    value: K1_PETITION_VALIDITY_MONTHS,
    unit: 'months',
    description:
      'How long an approved fiancé(e) petition (Form I-129F) is valid from its approval; the consular officer can '
      + 'revalidate it (8 CFR 214.2(k)(5)).',
    sources: ['k1-petition'],
  },
  studentEarlyEntryDays: {
    value: STUDENT_EARLY_ENTRY_DAYS,
    unit: 'days',
    description:
      'How many days before the program start date on the I-20 an F-1 or M-1 student may enter the United States '
      + '(8 CFR 214.2(f)(5)(i)).',
    sources: ['student-start'],
  },
  passportWaitWorkingDays: {
    value: PASSPORT_WAIT_WORKING_DAYS,
    unit: 'working days',
    description:
      'How many working days (Monday to Friday; public holidays are not known) after "Issued" to wait for the passport '
      + 'before asking the post: R1\u2019s `wait-for-passport` step.',
    sources: ['ceac-issued'],
  },
  newH1bPetitionPaymentUsd: {
    value: NEW_H1B_PETITION_PAYMENT_USD,
    unit: 'US dollars',
    description:
      'The payment a new H-1B petition for someone abroad without a valid H-1B visa requires unless an exception is '
      + 'granted (Proclamation of 19 September 2025; USCIS guidance of 20 October 2025). A proclamation of 18 September '
      + '2026 extended it to 21 September 2027, read only in a copy; court challenges were not checked: the texts say so.',
    sources: ['proclamation-10973'],
  },
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;


const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A whole number as running text writes it: words from zero to ten, digits above ("one", "60"). */
export function numberInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL.length ? SMALL[n]! : String(n);
}

/** The documents window in the forms texts need: "one year", "one-year", "a year", "the year". */
export const DOCUMENTS_WINDOW = yearsInWords(DOCUMENTS_WINDOW_YEARS);

function yearsInWords(n: number): { count: string; adjective: string; indefinite: string; definite: string } {
  const words = numberInWords(n);
  const count = `${words} year${n === 1 ? '' : 's'}`;
  return {
    count, //                                    "one year"
    adjective: `${words}-year`, //               "one-year deadline"
    indefinite: n === 1 ? 'a year' : count, //   "more than a year ago"
    definite: n === 1 ? 'the year' : `the ${count}`, // "within the year"
  };
}

/** The reinstatement window in words: "two years". */
export const REINSTATEMENT_WINDOW = yearsInWords(REINSTATEMENT_YEARS);

/** The DV deadline in words: "30 September". */
export const DV_DEADLINE_WORDS = `${DV_LAST_DAY_OF_SEPTEMBER} September`;

/** "$100,000" */
export const NEW_H1B_PETITION_PAYMENT = `$${withCommas(NEW_H1B_PETITION_PAYMENT_USD)}`;
