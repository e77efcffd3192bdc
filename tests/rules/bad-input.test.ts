/**
 * parseCaseFile on invalid and borderline input (docs/case-file.md): it never throws, rejects
 * impossible or wrongly written dates, unknown enum values, wrong versions and oversized fields with
 * an error at the right path, accepts the limits themselves, and drops unknown keys (including
 * "__proto__") without polluting Object.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/rules';
import table from './bad-input.json';

interface Generator {
  notesLength?: number;
  char?: string;
  historyLength?: number;
}

interface Entry {
  name: string;
  paths?: string[];
  input?: unknown;
  inputIsUndefined?: boolean;
  generator?: Generator;
  jsonText?: string;
  droppedKeys?: string[];
  /** Each text must appear in one of the warnings. */
  warningIncludes?: string[];
}

const BASE = table.base as unknown as Record<string, unknown>;
const INVALID = table.invalid as unknown as Entry[];
const VALID = table.valid as unknown as Entry[];
const PROTO = table.prototypeKeys as unknown as Entry[];

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Day n after 1 January 2025, as YYYY-MM-DD (UTC arithmetic, so the same in every zone). */
function nthDay(n: number): string {
  return new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
}

function build(e: Entry): unknown {
  if (e.inputIsUndefined) return undefined;
  if (e.jsonText !== undefined) return JSON.parse(e.jsonText) as unknown;
  const g = e.generator;
  if (g) {
    const c = clone(BASE);
    if (g.notesLength !== undefined) c.notes = (g.char ?? 'a').repeat(g.notesLength);
    if (g.historyLength !== undefined) {
      c.ceacHistory = Array.from({ length: g.historyLength }, (_, i) => ({
        seenOn: nthDay(i),
        status: i % 2 === 0 ? 'Refused' : 'Administrative Processing',
        lastUpdated: nthDay(i),
      }));
    }
    return c;
  }
  return clone(e.input);
}

function safeParse(input: unknown): ReturnType<typeof parseCaseFile> {
  let result: ReturnType<typeof parseCaseFile> | undefined;
  expect(() => {
    result = parseCaseFile(input);
  }, 'parseCaseFile must never throw').not.toThrow();
  return result!;
}

function expectCleanFailure(result: ReturnType<typeof parseCaseFile>): void {
  if (result.ok) return;
  expect(Array.isArray(result.errors)).toBe(true);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const err of result.errors) {
    expect(typeof err.path).toBe('string');
    expect(typeof err.message).toBe('string');
    expect(err.message.trim().length).toBeGreaterThan(0);
  }
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'format')).toBe(false);
}

afterEach(() => {
  // Leave no trace for other tests, even if a pollution assertion failed.
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Object.prototype as Record<string, unknown>).format;
});

describe('bad input: the table itself', () => {
  it('has at least 15 invalid inputs with unique names and expected paths', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(15);
    const names = [...INVALID, ...VALID, ...PROTO].map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const e of INVALID) expect(e.paths?.length, e.name).toBeGreaterThan(0);
  });

  it('the generators build what their names say', () => {
    const n1001 = build({ name: 'x', generator: { notesLength: 1001, char: 'a' } }) as { notes: string };
    expect(n1001.notes.length).toBe(1001);
    const e501 = build({ name: 'x', generator: { notesLength: 501, char: '\u{1F600}' } }) as { notes: string };
    expect(e501.notes.length).toBe(1002);
    const h = build({ name: 'x', generator: { historyLength: 101 } }) as { ceacHistory: unknown[] };
    expect(h.ceacHistory).toHaveLength(101);
  });
});

describe('bad input: rejected with an error at the expected path', () => {
  it.each(INVALID.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const result = safeParse(build(e));
    expect(result.ok, 'should be rejected').toBe(false);
    if (result.ok) return;
    expectCleanFailure(result);
    const paths = result.errors.map((err) => err.path);
    for (const p of e.paths ?? []) {
      expect(paths, `an error at path "${p}"`).toContain(p);
    }
    expectNoPollution();
  });
});

describe('borderline input: accepted', () => {
  it.each(VALID.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const input = build(e);
    const result = safeParse(input);
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(result.caseFile.format).toBe('ceac-case');
    // Versions 1 and 2 are read; the result is always version 2 (docs/case-file.md, Reading files).
    expect(result.caseFile.version).toBe(2);
    const src = input as { notes?: string; ceacHistory: unknown[] };
    if (src.notes !== undefined) expect(result.caseFile.notes).toBe(src.notes);
    expect(result.caseFile.ceacHistory).toHaveLength(src.ceacHistory.length);
    for (const key of e.droppedKeys ?? []) {
      expect(getPath(result.caseFile, key), `${key} should be dropped`).toBeUndefined();
    }
    for (const text of e.warningIncludes ?? []) {
      expect(result.warnings.some((w) => w.includes(text)), `a warning mentioning "${text}" in ${JSON.stringify(result.warnings)}`).toBe(true);
    }
  });
});

describe('"__proto__" and "constructor" keys from JSON.parse', () => {
  it.each(PROTO.map((e) => [e.name, e] as const))('%s: parses ok or fails cleanly, no pollution', (_name, e) => {
    const input = build(e);
    const result = safeParse(input);
    expectNoPollution();
    if (!result.ok) {
      expectCleanFailure(result);
      return;
    }
    const cf = result.caseFile as unknown as Record<string, unknown>;
    // Unknown keys are dropped: no own "__proto__" / "constructor" key survives, at any level.
    const seen = JSON.stringify(cf);
    expect(seen).not.toContain('__proto__');
    expect(seen).not.toContain('polluted');
    expect(Object.prototype.hasOwnProperty.call(cf, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(cf, 'constructor')).toBe(false);
    expect(cf.polluted).toBeUndefined();
    expect((cf.petition as Record<string, unknown> | undefined)?.polluted).toBeUndefined();
    const first = (cf.ceacHistory as Array<Record<string, unknown>>)[0];
    expect(first?.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(cf) === Object.prototype || Object.getPrototypeOf(cf) === null).toBe(true);
  });
});
