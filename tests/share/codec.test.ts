import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../../src/rules';
import {
  CURRENT_LINK_VERSION, MAX_INFLATED_BYTES, MAX_LINK_LENGTH, MIGRATIONS, caseLinkUrl, decodeCaseLink,
  encodeCaseLink, migrate, packCaseFile, unpackCaseFile, type DecodeResult,
} from '../../src/share';
import { toBase64Url } from '../../src/share/base64url';
import { deflateRaw } from '../../src/share/deflate';
import { LARGE, REALISTIC, TYPICAL, historyOf } from './fixtures';

/** A link with the given payload text, deflated and encoded exactly as the app does. */
async function linkWithText(text: string, version = 1): Promise<string> {
  return `#v${version}.${toBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
}
const linkWithJson = (value: unknown, version = 1) => linkWithText(JSON.stringify(value), version);

function expectFailure(r: DecodeResult, kinds: string[]): Extract<DecodeResult, { ok: false }> {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  expect(kinds).toContain(r.kind);
  expect(r.error.length).toBeGreaterThan(20);
  expect(r.error).not.toMatch(/\bat \w+ \(|Error:|undefined|\[object/); // no stack trace, no internals
  return r;
}

async function roundTrip(cf: CaseFile): Promise<{ link: string; decoded: DecodeResult }> {
  const link = await encodeCaseLink(cf);
  return { link, decoded: await decodeCaseLink(link) };
}

describe('encodeCaseLink / decodeCaseLink: round trip', () => {
  for (const [name, cf] of Object.entries(REALISTIC)) {
    it(`round-trips ${name}`, async () => {
      const parsed = parseCaseFile(cf);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const { link, decoded } = await roundTrip(cf);
      expect(link).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
      expect(decoded).toStrictEqual({ ok: true, caseFile: parsed.caseFile, warnings: [] });
    });
  }

  it('keeps a typical case (H-1B, interview, 3 entries, 221(g) + documents, 200-character note) within 500 characters', async () => {
    expect(TYPICAL.notes).toHaveLength(200);
    const link = await encodeCaseLink(TYPICAL);
    console.log(`typical case link: ${link.length} characters`);
    expect(link.length).toBeLessThanOrEqual(500);
  });

  it('round-trips 100 history entries and a 1,000-character note', async () => {
    expect(LARGE.ceacHistory).toHaveLength(100);
    expect(LARGE.notes).toHaveLength(1000);
    const { link, decoded } = await roundTrip(LARGE);
    console.log(`100 entries + 1,000-character note: ${link.length} characters`);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decoded).toStrictEqual({ ok: true, caseFile: LARGE, warnings: [] });
  });

  it('fits the largest, least compressible valid case within both caps', async () => {
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    // Lone surrogates are written as \udxxx by JSON.stringify: 6 bytes per character, the worst case.
    const noise = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0xd800 + rand(0x800))).join('');
    const worst: CaseFile = {
      ...LARGE,
      application: { ...LARGE.application, post: noise(100) },
      ceacHistory: historyOf(100).map((e, i) => ({ ...e, seenOn: `20${10 + rand(80)}-0${1 + rand(9)}-1${rand(10)}`, lastUpdated: `21${10 + rand(80)}-1${rand(3)}-2${rand(9)}`, message: i % 2 ? 'refused_short' : 'refused_ap_text' })),
      notes: noise(1000),
    };
    const parsed = parseCaseFile(worst);
    expect(parsed.ok).toBe(true);
    const json = JSON.stringify(packCaseFile(worst));
    expect(new TextEncoder().encode(json).length).toBeLessThanOrEqual(MAX_INFLATED_BYTES / 2);
    const { link, decoded } = await roundTrip(worst);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH / 2);
    expect(decoded).toStrictEqual({ ok: true, caseFile: worst, warnings: [] });
  });

  it('keeps empty text, empty lists and an empty refusal record, and leaves out absent fields', async () => {
    const cf: CaseFile = {
      format: 'ceac-case', version: 1, visaClass: 'H-2A', petition: { status: 'unknown' },
      application: { kind: 'interview', post: '' }, ceacHistory: [], refusal: { grounds: [], requests: [] }, notes: '',
    };
    expect(packCaseFile(cf)).toEqual(['H-2A', ['unknown'], ['interview', null, ''], [], [null, [], null, []], '']);
    expect((await roundTrip(cf)).decoded).toStrictEqual({ ok: true, caseFile: cf, warnings: [] });
    const noRefusal: CaseFile = { ...cf, refusal: {} };
    expect((await roundTrip(noRefusal)).decoded).toMatchObject({ ok: true, caseFile: { refusal: {} } });
    const { refusal: _r, notes: _n, ...bare } = cf;
    expect(packCaseFile(bare)).toEqual(['H-2A', ['unknown'], ['interview', null, ''], []]);
    expect((await roundTrip(bare)).decoded).toStrictEqual({ ok: true, caseFile: bare, warnings: [] });
  });

  it('is canonical: key order, undefined fields and unknown keys do not change the link', async () => {
    const shuffled = {
      notes: TYPICAL.notes,
      refusal: { respondedOn: '2026-09-10', requests: ['documents'], slipColor: 'white', grounds: ['221g'], refusedOn: '2026-09-01' },
      ceacHistory: TYPICAL.ceacHistory.map((e) => ({ message: undefined, ...Object.fromEntries(Object.entries(e).reverse()) })),
      application: { passport: 'kept', officerSaid: '221g', post: 'Chennai', date: '2026-09-01', kind: 'interview', extra: 1 },
      petition: { validUntil: '2028-09-30', status: 'approved' },
      visaClass: 'H-1B',
      version: 1,
      format: 'ceac-case',
      clientName: 'not carried',
    } as unknown as CaseFile;
    expect(await encodeCaseLink(shuffled)).toBe(await encodeCaseLink(TYPICAL));
  });

  it('round-trips notes with lone surrogates, quotes and newlines exactly', async () => {
    const cf: CaseFile = { ...TYPICAL, notes: 'a\ud800b\udfffc "q" \'s\' \\ \n\r\t \u2028 end' };
    expect((await roundTrip(cf)).decoded).toStrictEqual({ ok: true, caseFile: cf, warnings: [] });
  });

  it('accepts the fragment with or without "#", as a whole URL, and with surrounding spaces', async () => {
    const link = await encodeCaseLink(TYPICAL);
    for (const input of [link, link.slice(1), `https://example.test/app/?x=1${link}`, `  ${link}\n`]) {
      expect(await decodeCaseLink(input)).toMatchObject({ ok: true, caseFile: TYPICAL });
    }
  });

  it('unpacks only what a payload holds, building fresh objects', () => {
    expect(unpackCaseFile({ a: 1 })).toBeUndefined();
    expect(unpackCaseFile(['H-1B', ['approved'], ['interview'], []])).toStrictEqual({
      format: 'ceac-case', version: 1, visaClass: 'H-1B', petition: { status: 'approved' },
      application: { kind: 'interview' }, ceacHistory: [],
    });
  });
});

describe('decodeCaseLink: hostile and broken links', () => {
  it('reports an empty fragment', async () => {
    for (const s of ['', '#', '   ', '#  ']) expectFailure(await decodeCaseLink(s), ['empty']);
    expectFailure(await decodeCaseLink(undefined as unknown as string), ['empty']);
    expectFailure(await decodeCaseLink(42 as unknown as string), ['empty']);
  });

  it('stops a zip bomb (10 MB of zeros) quickly', async () => {
    const zeros = new Uint8Array(10 * 1024 * 1024);
    const link = `#v1.${toBase64Url(await deflateRaw(zeros))}`;
    expect(link.length).toBeLessThan(MAX_LINK_LENGTH); // so it is the inflate cap that stops it
    const t0 = performance.now();
    const r = await decodeCaseLink(link);
    const ms = performance.now() - t0;
    expectFailure(r, ['corrupt', 'too_long']);
    expect(ms).toBeLessThan(1000);
  });

  it('stops a payload that inflates just past the cap, and reads one just under it', async () => {
    const over = await linkWithText(' '.repeat(MAX_INFLATED_BYTES - 10) + '["H-1B"]' + ' '.repeat(20));
    expect(expectFailure(await decodeCaseLink(over), ['too_long']).error).toMatch(/more data than any case/);
    const json = JSON.stringify(packCaseFile(TYPICAL));
    const under = await linkWithText(' '.repeat(MAX_INFLATED_BYTES - json.length) + json); // exactly at the cap
    expect(await decodeCaseLink(under)).toMatchObject({ ok: true, caseFile: TYPICAL });
  });

  it('rejects a link over the length cap without decoding it', async () => {
    expectFailure(await decodeCaseLink(`#v1.${'A'.repeat(MAX_LINK_LENGTH)}`), ['too_long']);
    expectFailure(await decodeCaseLink('#' + 'x'.repeat(5_000_000)), ['too_long']);
  });

  it('reports every truncation of a valid link, and never opens a partial case', async () => {
    const link = await encodeCaseLink(TYPICAL);
    for (let cut = 1; cut < link.length; cut++) {
      const r = await decodeCaseLink(link.slice(0, cut));
      if (r.ok) throw new Error(`a link cut to ${cut} characters opened`);
      expect(['empty', 'malformed', 'corrupt']).toContain(r.kind);
    }
    const r = expectFailure(await decodeCaseLink(link.slice(0, link.length - 40)), ['corrupt']);
    expect(r.error).toMatch(/damaged.*send|copy the whole link/);
  });

  it('rejects wrong prefixes and characters', async () => {
    const link = await encodeCaseLink(TYPICAL);
    const data = link.slice(4);
    for (const s of [
      `#${data}`, `#v1${data}`, `#V1.${data}`, `#x1.${data}`, `#json=${data}`, `#v1.${data}==`,
      `#v1.${data.slice(0, 10)}+/${data.slice(10)}`, `#v1.${data} more`, '#v1.', '#v.abc', '#v-1.abc', '#v1.2.abc',
      '#v12345.abc', '#room=abc,def',
    ]) {
      expectFailure(await decodeCaseLink(s), ['malformed']);
    }
  });

  it('says a v2 (or later) link needs a reload', async () => {
    const v2 = (await encodeCaseLink(TYPICAL)).replace('#v1.', '#v2.');
    for (const s of [v2, '#v2.AAAA', '#v9999.x']) {
      const r = expectFailure(await decodeCaseLink(s), ['newer_version']);
      expect(r.error).toBe(
        'This link was made by a newer version of the refusal explainer. Reload the page to get the latest version, then open the link again.',
      );
    }
  });

  it('rejects v0, a padded version number and garbage', async () => {
    const data = (await encodeCaseLink(TYPICAL)).slice(4);
    for (const s of [`#v0.${data}`, `#v01.${data}`, '#garbage', '#🙂', '#v1.<script>', 'javascript:alert(1)', '#%76%31.abc']) {
      expectFailure(await decodeCaseLink(s), ['malformed']);
    }
  });

  it('reports base64url text whose length no byte string can have', async () => {
    expectFailure(await decodeCaseLink('#v1.A'), ['corrupt']);
    expectFailure(await decodeCaseLink('#v1.AAAAA'), ['corrupt']);
  });

  it('reports valid base64url of data that is not deflate', async () => {
    for (const bytes of [new TextEncoder().encode('hello world, not deflate'), new Uint8Array(64).fill(0xff), new Uint8Array([1])]) {
      expectFailure(await decodeCaseLink(`#v1.${toBase64Url(bytes)}`), ['corrupt']);
    }
  });

  it('reports valid deflate of text that is not JSON, or not UTF-8', async () => {
    for (const text of ['not json {', '["H-1B",', '', '{"a":1}}']) {
      expectFailure(await decodeCaseLink(await linkWithText(text)), ['corrupt']);
    }
    const notUtf8 = `#v1.${toBase64Url(await deflateRaw(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])))}`;
    expectFailure(await decodeCaseLink(notUtf8), ['corrupt']);
  });

  it('explains valid JSON that is not a case file', async () => {
    for (const value of [{ a: 1 }, null, 42, 'H-1B', true, TYPICAL]) {
      const r = expectFailure(await decodeCaseLink(await linkWithJson(value)), ['invalid']);
      expect(r.error).toMatch(/not a case/);
    }
    const badClass = expectFailure(await decodeCaseLink(await linkWithJson(['H-9Z', ['approved'], ['interview'], []])), ['invalid']);
    expect(badClass.error).toMatch(/visa class: "H-9Z" is not one of the allowed values/);
    const badDate = expectFailure(
      await decodeCaseLink(await linkWithJson(['H-1B', ['approved'], ['interview', '2026-02-30'], []])),
      ['invalid'],
    );
    expect(badDate.error).toMatch(/interview or drop-off date "2026-02-30" is not a real calendar date/);
    // In a link, null means absent: the message says the field is missing, never "null is not one of the allowed values".
    const nullClass = expectFailure(await decodeCaseLink(await linkWithJson([null, ['approved'], ['interview'], []])), ['invalid']);
    expect(nullClass.error).toMatch(/The visa class is missing\./);
    expect(nullClass.error).not.toMatch(/null/);
    const many = expectFailure(await decodeCaseLink(await linkWithJson([])), ['invalid']);
    expect(many.error).toMatch(/not valid\. The visa class is missing\. .*There (is 1 more problem|are \d+ more problems)\./);
    const tooLong = expectFailure(
      await decodeCaseLink(await linkWithJson(packCaseFile({ ...TYPICAL, notes: 'x'.repeat(1001) }))),
      ['invalid'],
    );
    expect(tooLong.error).toMatch(/The note is too long: at most 1,000 characters/);
  });

  it('is not fooled by __proto__, constructor or prototype in a payload', async () => {
    const texts = [
      '{"__proto__":{"polluted":true},"format":"ceac-case"}',
      '["H-1B",{"__proto__":{"status":"approved","polluted":true}},["interview"],[]]',
      '["H-1B",["approved"],["interview"],[],{"__proto__":{"grounds":["214b"],"polluted":true}}]',
      '["H-1B",["approved"],["interview"],[{"__proto__":{"seenOn":"2026-01-01","status":"Issued"}}]]',
      '["__proto__",["constructor"],["prototype"],[],null,"__proto__"]',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '["H-1B",["approved"],["interview"],[],{"constructor":{"prototype":{"polluted":true}}},"__proto__"]',
    ];
    for (const text of texts) {
      const r = await decodeCaseLink(await linkWithText(text));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
      if (r.ok) {
        expect(parseCaseFile(r.caseFile).ok).toBe(true);
        expect(JSON.stringify(r.caseFile)).not.toContain('polluted');
        expect(Object.getPrototypeOf(r.caseFile)).toBe(Object.prototype);
        if (r.caseFile.refusal) expect(r.caseFile.refusal.grounds).toBeUndefined();
      } else {
        expect(['invalid']).toContain(r.kind);
      }
    }
    // The one payload that is a real case file: the refusal slot holds an object whose only key is
    // "__proto__"; it opens as an empty refusal record, with no grounds smuggled in.
    const r = await decodeCaseLink(await linkWithText(texts[2]!));
    expect(r).toMatchObject({ ok: true, caseFile: { refusal: {} } });
  });
});

describe('migrations', () => {
  it('starts at version 1 with an empty table', () => {
    expect(CURRENT_LINK_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    expect(migrate('x', 1)).toEqual({ ok: true, payload: 'x' });
  });

  it('migrates step by step, in order, up to the current version', () => {
    const table = {
      1: (p: unknown) => [...(p as string[]), 'to2'],
      2: (p: unknown) => [...(p as string[]), 'to3'],
    };
    expect(migrate(['v1'], 1, table, 3)).toEqual({ ok: true, payload: ['v1', 'to2', 'to3'] });
    expect(migrate(['v2'], 2, table, 3)).toEqual({ ok: true, payload: ['v2', 'to3'] });
    expect(migrate(['v1'], 0, table, 3)).toEqual({ ok: false, reason: 'unknown_version' });
    expect(migrate(['v1'], 1, { 1: () => { throw new Error('boom'); } }, 2)).toEqual({ ok: false, reason: 'failed' });
    expect(migrate(['v1'], 1, { 2: table[2] }, 3)).toEqual({ ok: false, reason: 'unknown_version' });
  });
});

describe('caseLinkUrl', () => {
  it('replaces any fragment and keeps the path and query', () => {
    expect(caseLinkUrl('https://example.test/app/', '#v1.abc')).toBe('https://example.test/app/#v1.abc');
    expect(caseLinkUrl('https://example.test/app/?q=1#v1.old', '#v1.new')).toBe('https://example.test/app/?q=1#v1.new');
    expect(caseLinkUrl('https://example.test/app/index.html#', 'v1.abc')).toBe('https://example.test/app/index.html#v1.abc');
    expect(caseLinkUrl('https://example.test/#a#b', '#v1.x')).toBe('https://example.test/#v1.x');
  });
});
