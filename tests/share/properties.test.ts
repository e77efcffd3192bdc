import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/rules';
import { decodeCaseLink, encodeCaseLink, MAX_LINK_LENGTH, type DecodeResult } from '../../src/share';
import { caseFile } from './arbitraries';

const RUNS = { numRuns: 200 };
const KINDS = ['empty', 'malformed', 'too_long', 'newer_version', 'corrupt', 'invalid'];

/** Any outcome is fine except a crash: a failure with a known kind and words, or a valid case file. */
function expectWellFormed(r: DecodeResult): void {
  if (r.ok) {
    expect(parseCaseFile(r.caseFile).ok).toBe(true);
  } else {
    expect(KINDS).toContain(r.kind);
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(20);
  }
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const linkChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...B64URL) },
  { weight: 1, arbitrary: fc.constantFrom('#', '.', '=', '+', '/', ' ', '%', 'é', '😀', 'v', '1', '2', '0') },
);

describe('share link properties', () => {
  it('decode(encode(x)) deep-equals x for valid case files', async () => {
    await fc.assert(
      fc.asyncProperty(caseFile, async (cf) => {
        expect(parseCaseFile(cf)).toStrictEqual({ ok: true, caseFile: cf, warnings: [] }); // the generator makes valid files
        const link = await encodeCaseLink(cf);
        expect(link).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
        expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(await decodeCaseLink(link)).toStrictEqual({ ok: true, caseFile: cf, warnings: [] });
      }),
      RUNS,
    );
  });

  it('never throws or rejects for any string', async () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 400 }).map((s) => `#v1.${s}`),
      fc.tuple(fc.nat(10_000), fc.string({ unit: linkChar, maxLength: 200 })).map(([v, s]) => `#v${v}.${s}`),
      fc.string({ unit: linkChar, maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(anyString, async (s) => {
        expectWellFormed(await decodeCaseLink(s));
      }),
      { numRuns: 500 },
    );
  });

  it('any one-character change to a valid link resolves, and opens only as a valid case file', async () => {
    const mutation = fc.record({
      op: fc.constantFrom('replace', 'delete', 'insert'),
      at: fc.nat(),
      ch: linkChar,
    });
    await fc.assert(
      fc.asyncProperty(caseFile, mutation, async (cf, { op, at, ch }) => {
        const link = await encodeCaseLink(cf);
        const i = at % (link.length + (op === 'insert' ? 1 : 0));
        const mutated =
          op === 'replace' ? link.slice(0, i) + ch + link.slice(i + 1)
          : op === 'delete' ? link.slice(0, i) + link.slice(i + 1)
          : link.slice(0, i) + ch + link.slice(i);
        expectWellFormed(await decodeCaseLink(mutated));
      }),
      RUNS,
    );
  });
});
