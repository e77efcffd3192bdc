/**
 * How the rules module is put together: each rule's behaviour lives on its record (assess names no
 * rule), the history order and the processing clock are written once, the case-file fields and the
 * meaning of "Refused" are described once, and the small data modules the first page loads stay
 * free of the policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assess, isKnownSource, orderHistory, parseCaseFile, POLICY, processingClockStart, REFUSED_LABEL, type CaseFile,
} from '../../src/rules';
import { CASE_FIELD_PATHS, CASE_FIELDS, isCaseFieldPath, type CaseField } from '../../src/rules/fields';
import scenarios from './scenarios.json';

const read = (file: string): string => readFileSync(file, 'utf8');
const RULES_FILES = readdirSync('src/rules').filter((f) => f.endsWith('.ts')).map((f) => join('src/rules', f));

describe('the policy table', () => {
  it('assess walks the table and never names a rule id', () => {
    expect(read('src/rules/assess.ts')).not.toMatch(/'R\d+b?'/);
  });

  it.each(RULES_FILES)('%s has no switch on a rule id', (file) => {
    expect(read(file)).not.toMatch(/switch\s*\(\s*[\w.]*\bid\b\s*\)/);
    expect(read(file)).not.toMatch(/\[\s*'R\d+b?'\s*,[^\]]*\]\.includes\(/);
  });

  it('has one record per id', () => {
    const ids = POLICY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of POLICY) for (const path of r.reads) expect(isCaseFieldPath(path), `${r.id} reads ${path}`).toBe(true);
  });
});

describe('orderHistory', () => {
  const rows = [
    { seenOn: '2026-03-02', lastUpdated: '2026-03-01', n: 1 },
    { seenOn: '2026-03-01', n: 2 },
    { seenOn: '2026-03-02', n: 3 },
    { seenOn: '2026-03-01', n: 4 },
    { seenOn: '2026-03-02', lastUpdated: '2026-02-28', n: 5 },
  ];

  it('orders by seenOn, then lastUpdated (none first), then input order, without changing its input', () => {
    const copy = structuredClone(rows);
    expect(orderHistory(rows).map((r) => r.n)).toEqual([2, 4, 3, 5, 1]);
    expect(rows).toEqual(copy);
  });

  it('treats an empty lastUpdated like an absent one (the form keeps "" for none)', () => {
    const form = [{ seenOn: '2026-03-02', lastUpdated: '2026-03-01', id: 'a' }, { seenOn: '2026-03-02', lastUpdated: '', id: 'b' }];
    expect(orderHistory(form).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('processingClockStart', () => {
  it('is the later of the interview and the response, the interview on the same day', () => {
    const later = (a: string, b: string) => a > b;
    expect(processingClockStart('2026-01-10', '2026-02-01', later)).toEqual({ value: '2026-02-01', from: 'response' });
    expect(processingClockStart('2026-03-10', '2026-02-01', later)).toEqual({ value: '2026-03-10', from: 'application' });
    expect(processingClockStart('2026-03-10', '2026-03-10', later)).toEqual({ value: '2026-03-10', from: 'application' });
    expect(processingClockStart(undefined, '2026-02-01', later)).toEqual({ value: '2026-02-01', from: 'response' });
    expect(processingClockStart('2026-01-10', undefined, later)).toEqual({ value: '2026-01-10', from: 'application' });
    expect(processingClockStart<string>(undefined, undefined, later)).toBeUndefined();
  });

  it('reads "days since" counts the same way (the later date is the smaller count)', () => {
    const fewer = (a: number, b: number) => a < b;
    expect(processingClockStart(40, 10, fewer)).toEqual({ value: 10, from: 'response' });
    expect(processingClockStart(10, 40, fewer)).toEqual({ value: 10, from: 'application' });
    expect(processingClockStart(0, 0, fewer)).toEqual({ value: 0, from: 'application' });
  });
});

const parsed = (scenarios as Array<{ caseFile: unknown; asOf: string }>).map((s) => {
  const p = parseCaseFile(s.caseFile);
  if (!p.ok) throw new Error('scenario did not parse');
  return { caseFile: p.caseFile as CaseFile, asOf: s.asOf };
});

describe('the case-file fields', () => {
  it('name every field', () => {
    for (const path of CASE_FIELD_PATHS) expect((CASE_FIELDS[path] as CaseField).name, path).toMatch(/^[A-Z"]/);
    expect(isCaseFieldPath('__proto__')).toBe(false);
    expect(isCaseFieldPath('constructor')).toBe(false);
  });

  it('give the texts assess lists under "missing"', () => {
    const whys = (path: string): string[] => {
      const why = (CASE_FIELDS as Record<string, CaseField>)[path]?.why;
      return why === undefined ? [] : typeof why === 'string' ? [why] : Object.values(why);
    };
    let seen = 0;
    for (const { caseFile, asOf } of parsed) {
      for (const m of assess(caseFile, asOf).missing) {
        expect(whys(m.field), m.field).toContain(m.why);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});

describe('what Refused means', () => {
  it('is the text of the refused-label reason, with known sources', () => {
    for (const id of REFUSED_LABEL.sources) expect(isKnownSource(id), id).toBe(true);
    const reasons = parsed.flatMap(({ caseFile, asOf }) => assess(caseFile, asOf).reasons).filter((r) => r.rule === 'refused-label');
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toEqual({ rule: 'refused-label', text: REFUSED_LABEL.summary, sources: [...REFUSED_LABEL.sources] });
    expect(REFUSED_LABEL.paragraphs).toHaveLength(2);
  });
});

describe('the modules the first page loads', () => {
  const imports = (file: string): string[] => [...read(file).matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)]
    .filter((m) => !m[1])
    .map((m) => m[2]!);

  it('fields.ts imports only the parameters, parameters.ts only the number formatter, history.ts only the date order; refusedLabel.ts and numbers.ts import nothing', () => {
    expect(imports('src/rules/fields.ts')).toEqual(['./parameters']);
    expect(imports('src/rules/parameters.ts')).toEqual(['./numbers']);
    expect(imports('src/rules/history.ts')).toEqual(['./dates']);
    for (const file of ['src/rules/numbers.ts', 'src/rules/refusedLabel.ts']) {
      expect(imports(file), file).toEqual([]);
    }
  });
});
