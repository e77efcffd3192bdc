/**
 * The numbers the law and the posts set live once, in src/rules/parameters.ts, each citing known
 * sources (docs/policy.md, Parameters). No text in the rules, the calendar or the timeline types
 * them again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS_WINDOW, DV_DEADLINE_WORDS, getSource, INQUIRY_AFTER_DAYS, isKnownSource, PARAMETERS, REINSTATEMENT_YEARS,
  type Parameter,
} from '../../src/rules';
import { numberInWords } from '../../src/rules/parameters';

const ENTRIES = Object.entries(PARAMETERS) as Array<[string, Parameter]>;

describe('the parameters', () => {
  it('include the inquiry, documents, reinstatement, DV, fiancé(e), student and passport numbers', () => {
    expect(PARAMETERS.inquiryAfterDays.sources).toContain('post-inquiry-180d');
    expect(PARAMETERS.documentsWindowYears.sources).toContain('usvisa-221g-year');
    expect(PARAMETERS.reinstatementYears.sources).toContain('cfr-42-83');
    expect(PARAMETERS.dvLastDay.sources).toContain('dv-deadline');
    expect(PARAMETERS.k1PetitionValidityMonths.sources).toContain('k1-petition');
    expect(PARAMETERS.studentEarlyEntryDays.sources).toContain('student-start');
    expect(PARAMETERS.passportWaitWorkingDays.sources).toContain('ceac-issued');
    expect(PARAMETERS.newH1bPetitionPaymentUsd.sources).toContain('proclamation-10973');
    expect(INQUIRY_AFTER_DAYS).toBe(PARAMETERS.inquiryAfterDays.value);
    expect(REINSTATEMENT_YEARS).toBe(PARAMETERS.reinstatementYears.value);
    expect(DV_DEADLINE_WORDS).toBe(`${PARAMETERS.dvLastDay.value} September`);
  });

  it('has no day-60 "typical" administrative-processing parameter any more (version 2)', () => {
    expect(Object.keys(PARAMETERS)).not.toContain('apTypicalDays');
  });

  it.each(ENTRIES)('%s has a value, a unit, a description and known sources', (_name, p) => {
    expect(Number.isFinite(p.value)).toBe(true);
    expect(p.value).toBeGreaterThan(0);
    expect(p.unit.length).toBeGreaterThan(0);
    expect(p.description.length).toBeGreaterThan(40);
    expect(p.sources.length).toBeGreaterThan(0);
    for (const id of p.sources) expect(isKnownSource(id), id).toBe(true);
  });

  // The registry quotes what each source says; a parameter must agree with its own sources.
  it.each(ENTRIES)('%s says what its sources say', (_name, p) => {
    const said: Record<Parameter['unit'], string> = {
      days: `${p.value} days`,
      'working days': `${p.value} working days`,
      years: `${numberInWords(p.value)} year`,
      months: `${numberInWords(p.value)} months`,
      'US dollars': `$${p.value.toLocaleString('en-US')}`,
      'day of September': `${p.value} September`,
    };
    const texts = p.sources.map((id) => {
      const s = getSource(id)!;
      return `${s.title} ${s.citation} ${s.supports}`;
    });
    expect(texts.some((t) => t.includes(said[p.unit])), `${said[p.unit]} in ${p.sources.join(', ')}`).toBe(true);
  });

  it('words the documents window as the texts need it', () => {
    expect(numberInWords(1)).toBe('one');
    expect(numberInWords(60)).toBe('60');
    if (PARAMETERS.documentsWindowYears.value === 1) {
      expect(DOCUMENTS_WINDOW).toEqual({ count: 'one year', adjective: 'one-year', indefinite: 'a year', definite: 'the year' });
    }
  });
});

// ---- No user-facing text types the numbers again ----

const DIRS = ['src/rules', 'src/calendar', 'src/timeline'];
/** parameters.ts holds the values; sources.ts quotes the sources (checked against the values above). */
const EXCLUDED = new Set(['src/rules/parameters.ts', 'src/rules/sources.ts']);
const files = DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f)),
).filter((f) => !EXCLUDED.has(f.split('\\').join('/')));

/** Numbers written in texts: the day counts 60 and 180, and the other parameters as texts word them. */
const TYPED_NUMBERS: RegExp[] = [
  /\b(60|180)\b/, /\b10 working days\b/i, /\bone[- ]year\b/i, /\$100,000/, /\b30 September\b/, /\bfour months\b/i,
];

/** Code without comments (a "//" after ":" is kept, as in a URL). */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * An ICU plural or select (`{years, plural, =1 {one year} other {# years}}`): its branches are
 * chosen by the parameter passed as its value, so the words in them follow the parameter.
 */
const ICU_CHOICE = /\{\w+, (?:plural|select),(?:[^{}]|\{[^{}]*\})*\}/g;

/** Lines that hold a string or template literal and a typed parameter number. */
function typedNumbers(text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .map((line) => line.replace(ICU_CHOICE, '{choice}'))
    .filter((line) => /['"`]/.test(line) && TYPED_NUMBERS.some((re) => re.test(line)))
    .map((line) => line.trim());
}

describe('texts read the parameters', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain(join('src', 'calendar', 'ics.ts'));
  });

  it.each(files)('%s types no parameter number in a text', (file) => {
    expect(typedNumbers(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the scan catches what it is meant to catch', () => {
    const caught = [
      "  ap_typical: 'Day 60: many posts have said',",
      '  inquiry: `Do not contact the post before ${date} (180 days)`,',
      "  why: 'The interview date starts the 60- and 180-day processing dates.',",
      "  text: 'The one year to send what was asked has passed',",
      "  '. The refusal date is not known, so the one-year deadline cannot be worked out.'",
      "  'If it is not back within 10 working days, contact the post.'",
      "  'A new H-1B petition may bring the $100,000 payment'",
      "  'no DV visa can be issued after 30 September'",
      "  'the petition is valid four months from approval'",
    ];
    for (const line of caught) expect(typedNumbers(line), line).toHaveLength(1);
    const spared = [
      '  ap_typical: `Day ${AP_TYPICAL_DAYS}: many posts have said`,',
      '// Day 60 of administrative processing',
      '/** "Day 60 of administrative processing" */',
      'const TARGET_AXIS = 360;',
      "const url = 'https://example.org/a'; // 60",
    ];
    for (const line of spared) expect(typedNumbers(line), line).toEqual([]);
  });
});
