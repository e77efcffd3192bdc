import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replaceCaseIds, scrubIdentifiers } from '../../src/rules/identifiers';

// All identifiers below are made up.

describe('scrubIdentifiers: identifiers are removed from free text', () => {
  it.each([
    // NIV application IDs (unchanged behaviour)
    ['application ID AA00ABCDE1 refused', 'application ID [removed] refused'],
    // IV / NVC case numbers: three letters and 7 to 12 digits, any case
    ['NVC case MTR2026123456 at NVC', 'NVC case [removed] at NVC'],
    ['CDJ2019712345', '[removed]'],
    ['case GUZ2025555001, interview next month', 'case [removed], interview next month'],
    ['old case abc1234567 (7 digits)', 'old case [removed] (7 digits)'],
    ['old case XYZ123456789012 (12 digits)', 'old case [removed] (12 digits)'],
    ['(MTR2026123456)', '([removed])'],
    // DV case numbers: year 2000-2099, region, 1 to 8 digits, with or without leading zeros
    ['DV case 2026AF00012345 selected', 'DV case [removed] selected'],
    ['2025EU12345', '[removed]'],
    ['my number is 2026AS1234.', 'my number is [removed].'],
    ['2026af1 and 2024na99999999', '[removed] and [removed]'],
    ['2026OC12 2026SA123', '[removed] [removed]'],
    ['DV2026AF12345', 'DV[removed]'],
    ['DV-2026AF12345', 'DV-[removed]'],
    ['2000EU1, 2099AS12345678', '[removed], [removed]'],
    // passport numbers after the word passport (unchanged behaviour)
    ['passport no. K1234567 kept', 'passport no. [removed] kept'],
  ])('%j -> %j', (input, want) => {
    expect(scrubIdentifiers(input)).toEqual({ text: want, dropped: true });
  });

  it('removes several kinds at once and reports it', () => {
    const r = scrubIdentifiers('AA00ABCDE1 then MTR2026123456 then 2026AF00012345');
    expect(r).toEqual({ text: '[removed] then [removed] then [removed]', dropped: true });
  });
});

describe('scrubIdentifiers: ordinary notes survive unchanged', () => {
  it.each([
    'Interview on 2026-01-05, refused under 221(g), asked for an I-130 copy.',
    'DV-2026 selectee, interview in 2026; DV2026 and FY2026 too.',
    'H-1B, H-4, L-1, O-1, K-1, IR-1, CR-1, F2A, EB-2, DS-160, DS-260, DS-5535, I-864, I-601, I-129F, I-797',
    'Program year 2026, region AF, case created 2025, AF 12345 and 2026 AF 12345',
    'Call the embassy on +1 202 555 0123 or 202-555-0123 or (202) 555-0123; ext 1234.',
    'phone 2025550123, whatsapp +919876543210, 10 digits 1234567890',
    'Visa interview 05-Mar-2026, letter dated 12/03/2025, 30 August 2022, Aug 31, 2022',
    'Administrative processing since March; at NVC for 6 months; In Transit to the post.',
    'Refused 214(b) after 212(a)(6)(C)(i) review; waiver 212(d)(3)(A) requested.',
    'abc123 ABC123456 (six digits) AB1234567890 ABCD1234567890 2026EU AF2026 2026XY12345',
    'approx 20260105 and 2026-01-05T10:00 and 12026AF1',
    'passport returned, passport office, passport was kept',
    '',
  ])('%j', (input) => {
    expect(scrubIdentifiers(input)).toEqual({ text: input, dropped: false });
  });
});

describe('replaceCaseIds', () => {
  it('uses the given replacement and says whether anything was dropped', () => {
    expect(replaceCaseIds('Case Number: 2026AF00012345', ' ')).toEqual({ text: 'Case Number:  ', dropped: true });
    expect(replaceCaseIds('Case Number: MTR2026123456', '')).toEqual({ text: 'Case Number: ', dropped: true });
    expect(replaceCaseIds('DV-2026, I-130', '')).toEqual({ text: 'DV-2026, I-130', dropped: false });
  });

  it('is stateless between calls (global regexes are reset)', () => {
    for (let i = 0; i < 3; i++) expect(replaceCaseIds('x 2026AS1234 y', '#')).toEqual({ text: 'x # y', dropped: true });
  });

  it('never leaves a generated IV or DV case number in the text', () => {
    const digits = (min: number, max: number) =>
      fc.integer({ min, max }).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n }));
    const letters = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'), minLength: 3, maxLength: 3 });
    const iv = fc.tuple(letters, digits(7, 12)).map(([a, b]) => a + b);
    const dv = fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom('AF', 'AS', 'EU', 'NA', 'OC', 'SA', 'af', 'Eu'), digits(1, 8))
      .map(([y, r, d]) => `${y}${r}${d}`);
    fc.assert(
      fc.property(fc.oneof(iv, dv), fc.constantFrom('', ' ', '(', ': ', '\n', 'case '), fc.constantFrom('', ' ', ')', '.', ',', '\n'), (id, pre, post) => {
        const r = scrubIdentifiers(`${pre}${id}${post}`);
        expect(r.dropped).toBe(true);
        expect(r.text).not.toContain(id);
        expect(r.text).toBe(`${pre}[removed]${post}`);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on long runs of digits and letters', () => {
    const t0 = performance.now();
    scrubIdentifiers('2026AF'.repeat(15_000));
    scrubIdentifiers('1'.repeat(99_000));
    scrubIdentifiers('ABC'.repeat(30_000) + '1'.repeat(10));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
