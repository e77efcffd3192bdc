import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/rules';
import { decodeCaseLink, encodeCaseLink, MAX_LINK_LENGTH, packCaseFile, type DecodeResult } from '../../src/share';
import { toBase64Url } from '../../src/share/base64url';
import { deflateRaw } from '../../src/share/deflate';
import type { CaseFile } from '../../src/rules';
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
        expect(link).toMatch(/^#v2\.[A-Za-z0-9_-]+$/);
        expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(await decodeCaseLink(link)).toStrictEqual({ ok: true, caseFile: cf, warnings: [], options: {} });
      }),
      RUNS,
    );
  });

  it('keeps refusal.requests absent apart from [] in every round trip', async () => {
    const withRefusal = caseFile.filter((cf) => cf.refusal !== undefined);
    await fc.assert(
      fc.asyncProperty(withRefusal, async (cf) => {
        const r = await decodeCaseLink(await encodeCaseLink(cf));
        if (!r.ok) throw new Error(r.error);
        const had = cf.refusal!.requests;
        const got = r.caseFile.refusal!.requests;
        if (had === undefined) expect(r.caseFile.refusal).not.toHaveProperty('requests');
        else expect(got).toStrictEqual(had);
      }),
      RUNS,
    );
  });

  it('reads a version 1 link of the same facts as a version 1 file, returned as version 2', async () => {
    await fc.assert(
      fc.asyncProperty(caseFile, async (cf) => {
        // What a version 1 link can hold: the first six positions.
        const link = `#v1.${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(packCaseFile(cf).slice(0, 6)))))}`;
        const { program: _p, dv: _d, ...v1Facts } = cf;
        const r = await decodeCaseLink(link);
        const asV1File = parseCaseFile({ ...v1Facts, version: 1 });
        if (!asV1File.ok) {
          // A DV case without dv, say, is read the same way from a link as from a file.
          expect(r.ok).toBe(false);
          return;
        }
        expect(r).toStrictEqual({ ok: true, caseFile: asV1File.caseFile, warnings: asV1File.warnings, options: {} });
        if (!r.ok) return;
        expect(r.caseFile.version).toBe(2);
        const expected: CaseFile = { ...v1Facts, version: 2 };
        if (expected.refusal) expected.refusal = { ...expected.refusal, requests: expected.refusal.requests ?? [] };
        expect(r.caseFile).toStrictEqual(expected);
      }),
      RUNS,
    );
  });

  it('returns the same case whatever options follow the payload', async () => {
    const optionChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-=~_ .#%ÉÀ😀0129', 'lang', 'lang=');
    const tail = fc.string({ unit: optionChar, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(caseFile, tail, async (cf, t) => {
        const r = await decodeCaseLink(`${await encodeCaseLink(cf)}~${t}`);
        expect(r).toMatchObject({ ok: true, caseFile: cf, warnings: [] });
        if (!r.ok) return;
        if (r.options.lang !== undefined) {
          expect(r.options.lang).toMatch(/^[a-z][a-z-]{0,11}$/);
          expect(`~${t}`).toContain(`~lang=${r.options.lang}`);
        }
        expect(Object.keys(r.options).every((k) => k === 'lang')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws or rejects for any string', async () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 400 }).map((s) => `#v1.${s}`),
      fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 400 }).map((s) => `#v2.${s}`),
      fc.tuple(fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 400 }), fc.string({ unit: linkChar, maxLength: 40 }))
        .map(([s, o]) => `#v2.${s}~${o}`),
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
