/** The form's description: every question once, tied to a case-file field, read by every page. */
import { describe, expect, it } from 'vitest';
import { CASE_FIELDS, isCaseFieldPath } from '../../src/rules/fields';
import { emptyDraft, fromCaseFile } from '../../src/intake/draft';
import {
  FIELDS, QUESTION_STEPS, STEPS, fieldsOf, formTarget, isAsked, reviewValue, type FormField, type ReviewValue,
} from '../../src/intake/form';
import { VISA_CLASSES, type CaseFile } from '../../src/rules';
import { i18n } from '../../src/i18n';
import { show, type Text } from '../../src/i18n/text';

/** A text of the form in English (a plain string is a code, shown as it is). */
const english = (t: Text | string): string => (typeof t === 'string' ? t : show(i18n, t));

/** Where the form links a field, with the field's name in English. */
const target = (path: string) => {
  const t = formTarget(path);
  return t && { ...t, name: english(t.name) };
};

/** A check-answers value in English, its days written by `writeDay` (the page writes them for its language). */
function reviewed(v: ReviewValue, writeDay: (iso: string) => string) {
  const days = (t: Text): Text => ({
    id: t.id,
    values: t.values && Object.fromEntries(Object.entries(t.values).map(([k, x]) =>
      [k, typeof x !== 'object' ? x : 'id' in x ? days(x) : writeDay(x.date)])),
  });
  const one = (x: Text | string) => (typeof x === 'string' ? x : show(i18n, days(x)));
  return 'list' in v ? { ...v, list: v.list.map(one) } : 'text' in v ? { text: one(v.text) } : v;
}

const CF: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused', message: 'refused_ap_text' }],
  refusal: { grounds: ['221g', '214b'], requests: [] },
};

describe('the descriptions', () => {
  it('describe each question once, each filling a field of the case file, on a step of the form', () => {
    expect(new Set(FIELDS.map((f) => f.key)).size).toBe(FIELDS.length);
    for (const f of FIELDS) {
      expect(isCaseFieldPath(f.path)).toBe(true);
      expect(QUESTION_STEPS).toContain(f.step);
      expect(english(f.label).length).toBeGreaterThan(3);
    }
    for (const step of QUESTION_STEPS) expect(fieldsOf(step).length).toBeGreaterThan(0);
    expect(STEPS.map((s) => s.id)).toEqual([...QUESTION_STEPS, 'review']);
  });

  it('ask a question only when it applies, and only of the visa classes it names', () => {
    const officer = FIELDS.find((f) => f.key === 'officerSaid')!;
    expect(isAsked(officer, { ...emptyDraft(), appKind: 'interview' })).toBe(true);
    expect(isAsked(officer, { ...emptyDraft(), appKind: 'interview_waiver' })).toBe(false);
    const forH1b: FormField = { ...FIELDS.find((f) => f.key === 'validUntil')!, classes: ['H-1B'] };
    expect(isAsked(forH1b, { ...emptyDraft(), visaClass: 'H-1B' })).toBe(true);
    expect(isAsked(forH1b, { ...emptyDraft(), visaClass: 'L-1A' })).toBe(false);
    expect(isAsked(forH1b, emptyDraft())).toBe(false);
  });

  it('link a missing fact to the question that asks it, by the field\'s one name', () => {
    expect(target('application.date')).toEqual({ step: 'interview', focus: 'appDate', name: CASE_FIELDS['application.date'].name });
    // The letter's details are asked under "Do you have a refusal letter?": the link opens that question.
    expect(target('refusal.grounds')).toEqual({ step: 'letter', focus: 'hasLetter', name: 'The sections named on the refusal letter' });
    expect(formTarget('ceacHistory')).toMatchObject({ step: 'history', focus: 'entry-status' });
    expect(formTarget('not.a.field')).toBeUndefined();
  });

  it('say how each answer reads on the check-answers page', () => {
    const d = fromCaseFile(CF);
    const review = (key: string) => reviewed(reviewValue(FIELDS.find((f) => f.key === key)!, d), (iso) => `[${iso}]`);
    expect(review('visaClass')).toEqual({ text: 'H-1B: specialty occupation' });
    expect(review('appDate')).toEqual({ text: '[2026-09-01]' });
    expect(review('validUntil')).toEqual({ text: 'Not provided' });
    expect(review('passport')).toEqual({ text: "I don't know" });
    expect(review('grounds')).toEqual({ list: [expect.stringMatching(/^Section 221\(g\)/), expect.stringMatching(/^Section 214\(b\)/)] });
    expect(review('requests')).toEqual({ text: 'Nothing: the letter asks for nothing' });
    expect(review('history')).toEqual({
      ordered: true,
      list: ['Refused, seen on [2026-09-02]; a longer message that mentions administrative processing'],
    });
    expect(review('notes')).toEqual({ text: 'Not provided' });
    expect(reviewed(reviewValue(FIELDS.find((f) => f.key === 'notes')!, { ...d, notes: ' a\nb ' }), String)).toEqual({ pre: 'a\nb' });
  });
});

describe('every applicant group is asked only what applies', () => {
  const asked = (visaClass: string): string[] =>
    FIELDS.filter((f) => isAsked(f, { ...emptyDraft(), visaClass: visaClass as CaseFile['visaClass'] })).map((f) => f.key);
  const VISA = ['visaClass', 'petitionStatus', 'validUntil', 'programStart', 'dvYear', 'appKind'];
  const onVisaStep = (visaClass: string) => asked(visaClass).filter((k) => VISA.includes(k));

  it.each([
    ['H-1B', ['visaClass', 'petitionStatus', 'validUntil', 'appKind']],
    ['B-2', ['visaClass', 'appKind']],
    ['F-1', ['visaClass', 'programStart', 'appKind']],
    ['J-1', ['visaClass', 'programStart', 'appKind']],
    ['K-1', ['visaClass', 'petitionStatus', 'validUntil']],
    ['IR-CR', ['visaClass', 'petitionStatus', 'validUntil']],
    ['EB', ['visaClass', 'petitionStatus', 'validUntil']],
    ['DV', ['visaClass', 'dvYear']],
    ['IV-other', ['visaClass', 'petitionStatus', 'validUntil']],
  ])('%s: %j', (visaClass, expected) => {
    expect(onVisaStep(visaClass)).toEqual(expected);
  });

  it('names the petition\'s form for the class', () => {
    const petition = FIELDS.find((f) => f.key === 'petitionStatus')!;
    const label = (visaClass: CaseFile['visaClass']) => english(petition.labelFor!({ ...emptyDraft(), visaClass }));
    expect(label('H-1B')).toMatch(/Form I-129\)/);
    expect(label('K-1')).toMatch(/Form I-129F\)/);
    expect(label('F-pref')).toMatch(/Form I-130\)/);
    expect(label('EB')).toMatch(/Form I-140, I-526 or I-360\)/);
    // another immigrant visa: no form to name (not "the petition (the petition)")
    expect(label('IV-other')).toBe('What is happening with the petition?');
  });

  it('offers every visa class of the case file once, in groups people know', () => {
    const classes = FIELDS.find((f) => f.key === 'visaClass');
    if (classes?.control !== 'select') throw new Error('visaClass is a select');
    expect(classes.options.map((o) => o.value).sort()).toEqual([...VISA_CLASSES].sort());
    expect(new Set(classes.options.map((o) => english(o.group!)))).toEqual(new Set([
      'Work visas on a petition (Form I-129)', 'Visitor, student, exchange and other visas', 'Fiancé(e) of a U.S. citizen (Form I-129F)',
      'Immigrant visas through family or employment', 'Diversity visa',
    ]));
    expect(english(classes.options.find((o) => o.value === 'IR-CR')!.label)).toMatch(/IR-1 or CR-1 spouse/);
  });
});

it('asks fiancé(e) and immigrant applicants what the officer said (they are always interviewed), and writes it', () => {
  const officer = FIELDS.find((f) => f.key === 'officerSaid')!;
  expect(isAsked(officer, { ...emptyDraft(), visaClass: 'IR-CR' })).toBe(true);
  expect(isAsked(officer, { ...emptyDraft(), visaClass: 'K-1' })).toBe(true);
  expect(isAsked(officer, { ...emptyDraft(), visaClass: 'B-2' })).toBe(false); // until "How did you apply?" says interview
  expect(isAsked(officer, { ...emptyDraft(), visaClass: 'B-2', appKind: 'interview' })).toBe(true);
});
