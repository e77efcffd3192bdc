import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { i18n } from '../../src/i18n';
import { show } from '../../src/i18n/text';
import { parseCeacText, ceacDate, MAX_INPUT_CHARS } from '../../src/intake';
import type { ParseCeacResult } from '../../src/intake';
import { CEAC_STATUSES } from '../../src/rules/types';
import { isISODate } from '../../src/rules/dates';
import { FIXTURES, REFUSED_LONG, REFUSED_SHORT } from './fixtures';

/** The result is well formed: only enum values, real dates and a flag. */
function expectWellFormed(r: ParseCeacResult): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    // The reader's message, as the page shows it (in English).
    const error = show(i18n, r.error);
    expect(typeof error).toBe('string');
    expect(error.length).toBeGreaterThan(0);
    return;
  }
  expect(CEAC_STATUSES).toContain(r.status);
  for (const d of [r.caseCreated, r.lastUpdated]) if (d !== undefined) expect(isISODate(d)).toBe(true);
  if (r.message !== undefined) expect(['refused_ap_text', 'refused_short', 'standard']).toContain(r.message);
  expect(typeof r.droppedIdentifiers).toBe('boolean');
  const allowed = new Set(['ok', 'status', 'caseCreated', 'lastUpdated', 'message', 'droppedIdentifiers']);
  for (const k of Object.keys(r)) expect(allowed.has(k)).toBe(true);
}

describe('parseCeacText fixtures', () => {
  it('has at least 32 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(32);
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const r = parseCeacText(f.text);
    expectWellFormed(r);
    if (f.expected.ok) {
      expect(r).toEqual(f.expected);
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(show(i18n, r.error)).toContain(f.expected.errorIncludes);
    }
    const json = JSON.stringify(r).toLowerCase();
    for (const id of f.identifiers ?? []) expect(json).not.toContain(id.toLowerCase());
  });
});

describe('ceacDate', () => {
  it.each([
    ['30-Aug-2022', '2022-08-30'],
    ['30-AUG-2022', '2022-08-30'],
    ['2022-08-30', '2022-08-30'],
    ['1-Mar-2024', '2024-03-01'],
    ['29-Feb-2024', '2024-02-29'],
    ['30 August 2022', '2022-08-30'],
    ['Aug 30, 2022', '2022-08-30'],
    [' 30-Sept-2022 ', '2022-09-30'],
  ])('%s -> %s', (s, want) => {
    expect(ceacDate(s)).toBe(want);
  });

  it.each(['30-Feb-2022', '29-Feb-2023', '2022-13-01', '2022-02-30', '32-Jan-2022', '30-Foo-2022', '08/30/2022', '', 'Refused', '30-Aug-1850'])(
    'rejects %j',
    (s) => {
      expect(ceacDate(s)).toBeUndefined();
    },
  );
});

describe('limits', () => {
  it('refuses 1 MB of text quickly with a clear error', () => {
    const big = 'Refused\n'.repeat(131_072); // 1 MiB
    const t0 = performance.now();
    const r = parseCeacText(big);
    const ms = performance.now() - t0;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(show(i18n, r.error)).toMatch(/too long/);
    expect(ms).toBeLessThan(100);
  });

  it('refuses one character over the limit and reads text at the limit', () => {
    expect(parseCeacText('x'.repeat(MAX_INPUT_CHARS + 1)).ok).toBe(false);
    const atLimit = 'Refused\n' + ' '.repeat(MAX_INPUT_CHARS - 8);
    expect(parseCeacText(atLimit)).toEqual({ ok: true, status: 'Refused', droppedIdentifiers: false });
  });

  // Inputs built to make a careless regex backtrack: each must still finish fast.
  it.each([
    ['spaces and dashes', ' -'.repeat(49_000) + 'x'],
    ['many name labels', 'Name: '.repeat(16_000)],
    ['many status labels', 'Status:\n'.repeat(12_000)],
    ['many date labels', 'Case Created: '.repeat(7_000)],
    ['digits', '1'.repeat(99_000)],
    ['near-dates', '30-Aug-'.repeat(14_000)],
    ['labels alone', 'Surname\n'.repeat(12_000)],
    ['application word', 'application '.repeat(8_000)],
  ])('stays fast on %s', (_n, s) => {
    expect(s.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    const t0 = performance.now();
    expectWellFormed(parseCeacText(s));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

// ---- Properties ----

const SEPARATORS = ['\n', '\n\n', ' ', '\t', '\r\n', ': ', '\u00A0'];

/** Lines and words of the real fixtures, to build near-real pastes. */
const FRAGMENTS = [
  ...new Set(
    FIXTURES.flatMap((f) => f.text.split(/\r?\n/)).flatMap((l) => [l, ...l.split(' ')]).filter((s) => s !== ''),
  ),
];

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const DIGITS = [...'0123456789'];
const chars = (pool: string[], n: number) => fc.string({ unit: fc.constantFrom(...pool), minLength: n, maxLength: n });

const appId = chars(ALNUM, 8).map((s) => 'AA' + s);
const caseNo = fc.tuple(chars(UPPER, 3), fc.integer({ min: 7, max: 12 }).chain((n) => chars(DIGITS, n))).map(([a, b]) => a + b);
/** DV case numbers: year, region, one to eight digits (2026AF00012345, 2025EU12345). */
const dvCaseNo = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.constantFrom('AF', 'AS', 'EU', 'NA', 'OC', 'SA'),
    fc.integer({ min: 1, max: 8 }).chain((n) => chars(DIGITS, n)),
  )
  .map(([y, r, d]) => `${y}${r}${d}`);
const identifier = fc.oneof(appId, caseNo, dvCaseNo);

/** Bases that parse: a status with or without an explanatory text. */
const BASES = FIXTURES.filter((f) => f.expected.ok);

describe('parseCeacText properties', () => {
  it('never throws for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 500 })), (s) => {
        expectWellFormed(parseCeacText(s));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for strings built from fragments of real pastes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }),
        (parts) => {
          expectWellFormed(parseCeacText(parts.map(([a, b]) => a + b).join('')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('drops application IDs, IV and DV case numbers placed next to a status text', () => {
    const prefixes = ['', 'Application ID or Case Number: ', 'Application ID or Case Number:\n', 'Case Number:\t', '('];
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        identifier,
        fc.nat(),
        fc.constantFrom(...prefixes),
        fc.constantFrom('\n', ' ', '\t', ')\n', '\r\n'),
        fc.boolean(),
        (base, id, at, prefix, after, lowerCase) => {
          const lines = base.text.split('\n');
          const i = at % (lines.length + 1);
          const shown = lowerCase ? id.toLowerCase() : id;
          const text = [...lines.slice(0, i), prefix + shown + after, ...lines.slice(i)].join('\n');
          const r = parseCeacText(text);
          expect(r.ok).toBe(true);
          if (!r.ok || !base.expected.ok) return;
          expect(r.status).toBe(base.expected.status);
          expect(r.droppedIdentifiers).toBe(true);
          expect(JSON.stringify(r).toUpperCase()).not.toContain(id);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('drops labelled names and passport numbers next to a Refused text', () => {
    const consonants = [...'BCDFGHJKLMNPQRSTVWXZ'];
    fc.assert(
      fc.property(
        fc.constantFrom('Surname', 'Given Name', 'Name', 'Passport Number', 'Passport'),
        fc.string({ unit: fc.constantFrom(...consonants, ...DIGITS), minLength: 8, maxLength: 12 }),
        fc.constantFrom(': ', ':\n', '\n\n', ':\t', '\t'),
        fc.constantFrom(REFUSED_LONG, REFUSED_SHORT),
        (label, value, sep, text) => {
          const r = parseCeacText(`${label}${sep}${value}\nRefused\n${text}`);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.status).toBe('Refused');
          expect(r.droppedIdentifiers).toBe(true);
          expect(JSON.stringify(r).toUpperCase()).not.toContain(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});
