/**
 * The numbers the law and the posts set, each written once as a named parameter with its value, its
 * unit, what it means and the sources (ids in ./sources.ts) it rests on, like an OpenFisca parameter
 * with its `reference`. Every rule, date and text that uses one of these numbers reads it from here;
 * `docs/policy.md` (Parameters) describes them.
 *
 * A plain data module: it imports nothing, so the first page can load it without the rules.
 * Changing a value here changes every date and text that uses it; the texts in ./sources.ts quote the
 * sources themselves and are checked against these values by tests/rules/parameters.test.ts.
 */

export type ParameterUnit = 'days' | 'working days' | 'years' | 'US dollars';

export interface Parameter {
  readonly value: number;
  readonly unit: ParameterUnit;
  /** What the number is, in plain words. */
  readonly description: string;
  /** The ids of the sources it rests on (./sources.ts). */
  readonly sources: readonly string[];
}

export const PARAMETERS = {
  apTypicalDays: {
    value: 60,
    unit: 'days',
    description:
      'Many embassy pages have said that most administrative processing ends within about this many calendar days of the '
      + 'interview (or of the day the requested documents were sent, if later). What posts have said, not a promise: '
      + 'the `ap_typical` milestone.',
    sources: ['post-ap-60d'],
  },
  inquiryAfterDays: {
    value: 180,
    unit: 'days',
    description:
      'How many calendar days after the interview (or after the documents were sent, if later) many posts ask applicants '
      + 'to wait before asking about administrative processing: the `inquiry_after` milestone and the `inquire-after` step.',
    sources: ['post-inquiry-180d'],
  },
  documentsWindowYears: {
    value: 1,
    unit: 'years',
    description:
      'How long posts allow, from the refusal (or the interview when the refusal date is not known), for sending what a '
      + '221(g) letter asked for without a new application and fee: the due date of R4 and R5 and the `documents_due` '
      + 'milestone. From 29 February it lands on 28 February.',
    sources: ['usvisa-221g-year'],
  },
  passportWaitWorkingDays: {
    value: 10,
    unit: 'working days',
    description:
      'How many working days (Monday to Friday; public holidays are not known) after "Issued" to wait for the passport '
      + 'before asking the post: R1\u2019s `wait-for-passport` step.',
    sources: ['ceac-issued'],
  },
  newH1bPetitionPaymentUsd: {
    value: 100_000,
    unit: 'US dollars',
    description:
      'The payment a new H-1B petition for someone abroad may bring (Proclamation of 19 September 2025): R3\u2019s '
      + '`new-petition` step.',
    sources: ['i797-validity'],
  },
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

/** Day of administrative processing by which many posts have said most cases end (`post-ap-60d`). */
export const AP_TYPICAL_DAYS: number = PARAMETERS.apTypicalDays.value;
/** Days of administrative processing before many posts accept questions (`post-inquiry-180d`). */
export const INQUIRY_AFTER_DAYS: number = PARAMETERS.inquiryAfterDays.value;
/** Years allowed for sending what a 221(g) letter asked for (`usvisa-221g-year`). */
export const DOCUMENTS_WINDOW_YEARS: number = PARAMETERS.documentsWindowYears.value;
/** Working days after "Issued" before asking the post about the passport (`ceac-issued`). */
export const PASSPORT_WAIT_WORKING_DAYS: number = PARAMETERS.passportWaitWorkingDays.value;
/** The payment a new H-1B petition for someone abroad may bring, in US dollars (`i797-validity`). */
export const NEW_H1B_PETITION_PAYMENT_USD: number = PARAMETERS.newH1bPetitionPaymentUsd.value;

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

/** "$100,000" */
export const NEW_H1B_PETITION_PAYMENT = `$${NEW_H1B_PETITION_PAYMENT_USD.toLocaleString('en-US')}`;
