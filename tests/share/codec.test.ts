import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../../src/rules';
import {
  CURRENT_LINK_VERSION, LINK_READERS, MAX_INFLATED_BYTES, MAX_LINK_LENGTH, caseLinkUrl, decodeCaseLink,
  encodeCaseLink, packCaseFile, parseLinkOptions, unpackCaseFile, type DecodeResult,
} from '../../src/share';
import { toBase64Url } from '../../src/share/base64url';
import { deflateRaw } from '../../src/share/deflate';
import { LARGE, REALISTIC, REALISTIC_V2, TYPICAL, TYPICAL_V2, historyOf } from './fixtures';

/** A link with the given payload text, deflated and encoded exactly as the app does. */
async function linkWithText(text: string, version = CURRENT_LINK_VERSION): Promise<string> {
  return `#v${version}.${toBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
}
const linkWithJson = (value: unknown, version = CURRENT_LINK_VERSION) => linkWithText(JSON.stringify(value), version);

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
  for (const [name, cf] of Object.entries({ ...REALISTIC, ...REALISTIC_V2 })) {
    it(`round-trips ${name}`, async () => {
      const parsed = parseCaseFile(cf);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const { link, decoded } = await roundTrip(cf);
      expect(link).toMatch(/^#v2\.[A-Za-z0-9_-]+$/);
      expect(decoded).toStrictEqual({ ok: true, caseFile: parsed.caseFile, warnings: [], options: {} });
    });
  }

  it('keeps a typical case (H-1B, interview, 3 entries, 221(g) + documents, 200-character note) within 500 characters', async () => {
    expect(TYPICAL.notes).toHaveLength(200);
    const link = await encodeCaseLink(TYPICAL);
    console.log(`typical case link: ${link.length} characters`);
    expect(link.length).toBeLessThanOrEqual(500);
  });

  it('keeps a typical version 2 case (F-1, 2 entries, 221(g) + DS-5535, post, program start, 200-character note) within 500 characters', async () => {
    expect(TYPICAL_V2.ceacHistory).toHaveLength(2);
    expect(TYPICAL_V2.program?.startDate).toBeDefined();
    expect(TYPICAL_V2.refusal?.grounds?.length).toBeGreaterThan(0);
    expect(TYPICAL_V2.refusal?.requests?.length).toBeGreaterThan(0);
    expect(TYPICAL_V2.notes).toHaveLength(200);
    const link = await encodeCaseLink(TYPICAL_V2);
    console.log(`typical version 2 case link: ${link.length} characters`);
    expect(link.startsWith('#v2.')).toBe(true);
    expect(link.length).toBeLessThanOrEqual(500);
    // with a language option too
    expect((await encodeCaseLink(TYPICAL_V2, { lang: 'es' })).length).toBeLessThanOrEqual(500);
  });

  it('round-trips 100 history entries and a 1,000-character note', async () => {
    expect(LARGE.ceacHistory).toHaveLength(100);
    expect(LARGE.notes).toHaveLength(1000);
    const { link, decoded } = await roundTrip(LARGE);
    console.log(`100 entries + 1,000-character note: ${link.length} characters`);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decoded).toStrictEqual({ ok: true, caseFile: LARGE, warnings: [], options: {} });
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
    expect(decoded).toStrictEqual({ ok: true, caseFile: worst, warnings: [], options: {} });
  });

  it('keeps empty text, empty lists and an empty refusal record, and leaves out absent fields', async () => {
    const cf: CaseFile = {
      format: 'ceac-case', version: 2, visaClass: 'H-2A', petition: { status: 'unknown' },
      application: { kind: 'interview', post: '' }, ceacHistory: [], refusal: { grounds: [], requests: [] }, notes: '',
    };
    expect(packCaseFile(cf)).toEqual(['H-2A', ['unknown'], ['interview', null, ''], [], [null, [], null, []], '']);
    expect((await roundTrip(cf)).decoded).toStrictEqual({ ok: true, caseFile: cf, warnings: [], options: {} });
    const noRefusal: CaseFile = { ...cf, refusal: {} };
    expect((await roundTrip(noRefusal)).decoded).toMatchObject({ ok: true, caseFile: { refusal: {} } });
    const { refusal: _r, notes: _n, ...bare } = cf;
    expect(packCaseFile(bare)).toEqual(['H-2A', ['unknown'], ['interview', null, ''], []]);
    expect((await roundTrip(bare)).decoded).toStrictEqual({ ok: true, caseFile: bare, warnings: [], options: {} });
    // Version 2 groups: no petition is null, an empty program group is kept, dv is a group too.
    const student: CaseFile = {
      format: 'ceac-case', version: 2, visaClass: 'F-1', application: { kind: 'interview' }, program: {}, ceacHistory: [],
    };
    expect(packCaseFile(student)).toEqual(['F-1', null, ['interview'], [], null, null, []]);
    expect((await roundTrip(student)).decoded).toStrictEqual({ ok: true, caseFile: student, warnings: [], options: {} });
    const dv: CaseFile = {
      format: 'ceac-case', version: 2, visaClass: 'DV', application: { kind: 'interview' }, dv: { programYear: 2027 }, ceacHistory: [],
    };
    expect(packCaseFile(dv)).toEqual(['DV', null, ['interview'], [], null, null, null, [2027]]);
    expect((await roundTrip(dv)).decoded).toStrictEqual({ ok: true, caseFile: dv, warnings: [], options: {} });
  });

  it('keeps refusal.requests absent ("not known") apart from [] ("asks for nothing")', async () => {
    const notKnown: CaseFile = { ...TYPICAL_V2, refusal: { refusedOn: '2026-07-08', grounds: ['221g'] } };
    const none: CaseFile = { ...TYPICAL_V2, refusal: { refusedOn: '2026-07-08', grounds: ['221g'], requests: [] } };
    const afterRequests: CaseFile = { ...TYPICAL_V2, refusal: { grounds: ['221g'], respondedOn: '2026-07-15' } };
    expect(packCaseFile(notKnown)[4]).toEqual(['2026-07-08', ['221g']]);
    expect(packCaseFile(none)[4]).toEqual(['2026-07-08', ['221g'], null, []]);
    expect(packCaseFile(afterRequests)[4]).toEqual([null, ['221g'], null, null, '2026-07-15']);
    for (const cf of [notKnown, none, afterRequests]) {
      const { decoded } = await roundTrip(cf);
      expect(decoded).toStrictEqual({ ok: true, caseFile: cf, warnings: [], options: {} });
    }
    const u = (await roundTrip(notKnown)).decoded;
    expect(u.ok && 'requests' in (u.caseFile.refusal ?? {})).toBe(false);
  });

  it('is canonical: key order, undefined fields and unknown keys do not change the link', async () => {
    const shuffled = {
      notes: TYPICAL.notes,
      refusal: { respondedOn: '2026-09-10', requests: ['documents'], slipColor: 'white', grounds: ['221g'], refusedOn: '2026-09-01' },
      ceacHistory: TYPICAL.ceacHistory.map((e) => ({ message: undefined, ...Object.fromEntries(Object.entries(e).reverse()) })),
      application: { passport: 'kept', officerSaid: '221g', post: 'Chennai', date: '2026-09-01', kind: 'interview', extra: 1 },
      petition: { validUntil: '2028-09-30', status: 'approved' },
      visaClass: 'H-1B',
      version: 2,
      format: 'ceac-case',
      clientName: 'not carried',
    } as unknown as CaseFile;
    expect(await encodeCaseLink(shuffled)).toBe(await encodeCaseLink(TYPICAL));
  });

  it('round-trips notes with lone surrogates, quotes and newlines exactly', async () => {
    const cf: CaseFile = { ...TYPICAL, notes: 'a\ud800b\udfffc "q" \'s\' \\ \n\r\t \u2028 end' };
    expect((await roundTrip(cf)).decoded).toStrictEqual({ ok: true, caseFile: cf, warnings: [], options: {} });
  });

  it('accepts the fragment with or without "#", as a whole URL, and with surrounding spaces', async () => {
    const link = await encodeCaseLink(TYPICAL);
    for (const input of [link, link.slice(1), `https://example.test/app/?x=1${link}`, `  ${link}\n`]) {
      expect(await decodeCaseLink(input)).toMatchObject({ ok: true, caseFile: TYPICAL });
    }
  });

  it('unpacks only what a payload holds, building fresh objects', () => {
    expect(unpackCaseFile({ a: 1 })).toBeUndefined();
    expect(unpackCaseFile({ a: 1 }, 1)).toBeUndefined();
    expect(unpackCaseFile(['H-1B', ['approved'], ['interview'], []], 1)).toStrictEqual({
      format: 'ceac-case', version: 1, visaClass: 'H-1B', petition: { status: 'approved' },
      application: { kind: 'interview' }, ceacHistory: [],
    });
    expect(unpackCaseFile(['H-1B', ['approved'], ['interview'], []])).toStrictEqual({
      format: 'ceac-case', version: 2, visaClass: 'H-1B', petition: { status: 'approved' },
      application: { kind: 'interview' }, ceacHistory: [],
    });
    const v2 = ['J-1', null, ['interview'], [], [null, ['221g']], null, ['2027-02-01'], [2026], 'ignored'];
    expect(unpackCaseFile(v2)).toStrictEqual({
      format: 'ceac-case', version: 2, visaClass: 'J-1', application: { kind: 'interview' }, ceacHistory: [],
      refusal: { grounds: ['221g'] }, program: { startDate: '2027-02-01' }, dv: { programYear: 2026 },
    });
    // A version 1 link knows six positions: program and dv are not read from it.
    expect(unpackCaseFile(v2, 1)).toStrictEqual({
      format: 'ceac-case', version: 1, visaClass: 'J-1', application: { kind: 'interview' }, ceacHistory: [],
      refusal: { grounds: ['221g'] },
    });
    expect(unpackCaseFile(['H-1B'], 3)).toBeUndefined();
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

  it('says a v3 (or later) link needs a reload', async () => {
    const v3 = (await encodeCaseLink(TYPICAL)).replace('#v2.', '#v3.');
    expect(v3.startsWith('#v3.')).toBe(true);
    for (const s of [v3, '#v3.AAAA', '#v9999.x', `${v3}~lang=es`]) {
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

  it.each([1, 2])('explains valid JSON that is not a case file (link version %i)', async (version) => {
    for (const value of [{ a: 1 }, null, 42, 'H-1B', true, TYPICAL]) {
      const r = expectFailure(await decodeCaseLink(await linkWithJson(value, version)), ['invalid']);
      expect(r.error).toMatch(/not a case/);
    }
    const badClass = expectFailure(await decodeCaseLink(await linkWithJson(['H-9Z', ['approved'], ['interview'], []], version)), ['invalid']);
    expect(badClass.error).toMatch(/visa class: "H-9Z" is not one of the allowed values/);
    const badDate = expectFailure(
      await decodeCaseLink(await linkWithJson(['H-1B', ['approved'], ['interview', '2026-02-30'], []], version)),
      ['invalid'],
    );
    expect(badDate.error).toMatch(/interview or drop-off date "2026-02-30" is not a real calendar date/);
    // In a link, null means absent: the message says the field is missing, never "null is not one of the allowed values".
    const nullClass = expectFailure(await decodeCaseLink(await linkWithJson([null, ['approved'], ['interview'], []], version)), ['invalid']);
    expect(nullClass.error).toMatch(/The visa class is missing\./);
    expect(nullClass.error).not.toMatch(/null/);
    // (An empty petition group: without a visa class, version 2 cannot require the petition itself.)
    const many = expectFailure(await decodeCaseLink(await linkWithJson([null, []], version)), ['invalid']);
    expect(many.error).toMatch(/not valid\. The visa class is missing\. .*There (is 1 more problem|are \d+ more problems)\./);
    const tooLong = expectFailure(
      await decodeCaseLink(await linkWithJson(packCaseFile({ ...TYPICAL, notes: 'x'.repeat(1001) }), version)),
      ['invalid'],
    );
    expect(tooLong.error).toMatch(/The note is too long: at most 1,000 characters/);
  });

  it.each([1, 2])('is not fooled by __proto__, constructor or prototype in a payload (link version %i)', async (version) => {
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
      const r = await decodeCaseLink(await linkWithText(text, version));
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
    // (A version 1 link's refusal without requests gets requests: [], as every version 1 file's does.)
    const r = await decodeCaseLink(await linkWithText(texts[2]!, version));
    expect(r).toMatchObject({ ok: true, caseFile: { refusal: {} } });
    expect(r.ok && r.caseFile.refusal).toStrictEqual(version === 1 ? { requests: [] } : {});
  });
});

describe('link versions', () => {
  it('writes version 2 and has a reader for every version up to it', () => {
    expect(CURRENT_LINK_VERSION).toBe(2);
    expect(Object.keys(LINK_READERS).map(Number)).toEqual([1, 2]);
    for (const v of [1, 2]) expect(typeof LINK_READERS[v]).toBe('function');
  });

  it('reads a version 1 link as a version 1 case file, and returns it as version 2', async () => {
    // final_214b's facts as a version 1 link held them: a refusal without requests (no program, no dv).
    const v1 = { ...REALISTIC.final_214b, refusal: { refusedOn: '2026-11-10', grounds: ['214b'], slipColor: 'blue' } } as CaseFile;
    const link = await linkWithJson(packCaseFile(v1), 1);
    expect(link.startsWith('#v1.')).toBe(true);
    const r = await decodeCaseLink(link);
    // Version 1 meant "no requests = asks for nothing": the refusal gets requests: [].
    expect(r).toStrictEqual({
      ok: true,
      caseFile: { ...v1, version: 2, refusal: { ...v1.refusal, requests: [] } },
      warnings: [],
      options: {},
    });
    // The same payload in a version 2 link keeps requests absent: "not known".
    const r2 = await decodeCaseLink(await linkWithJson(packCaseFile(v1), 2));
    expect(r2).toStrictEqual({ ok: true, caseFile: { ...v1, version: 2 }, warnings: [], options: {} });
  });

  it('gives a version 1 refusal without requests requests: [], and keeps every other fact', async () => {
    const payload = ['L-2', ['unknown'], ['interview_waiver', '2026-08-14'], [['2026-09-01', 'Refused', '2026-08-29']], []];
    expect(await decodeCaseLink(await linkWithJson(payload, 1))).toStrictEqual({
      ok: true,
      caseFile: {
        format: 'ceac-case', version: 2, visaClass: 'L-2', petition: { status: 'unknown' },
        application: { kind: 'interview_waiver', date: '2026-08-14' },
        ceacHistory: [{ seenOn: '2026-09-01', status: 'Refused', lastUpdated: '2026-08-29' }],
        refusal: { requests: [] },
      },
      warnings: [],
      options: {},
    });
    // Requests that were given stay as they are; no refusal stays no refusal.
    const given = await decodeCaseLink(await linkWithJson([...payload.slice(0, 4), [null, ['221g'], null, ['passport']]], 1));
    expect(given).toMatchObject({ ok: true, caseFile: { version: 2, refusal: { grounds: ['221g'], requests: ['passport'] } } });
    const none = await decodeCaseLink(await linkWithJson(payload.slice(0, 4), 1));
    expect(none.ok && none.caseFile.refusal).toBeUndefined();
  });

  it('ignores positions beyond the ones a link version knows', async () => {
    const base = ['F-1', null, ['interview'], []];
    const extra = [...base, null, null, ['2027-01-11'], null, 'later', { x: 1 }];
    expect(await decodeCaseLink(await linkWithJson(extra, 2))).toStrictEqual({
      ok: true,
      caseFile: { format: 'ceac-case', version: 2, visaClass: 'F-1', application: { kind: 'interview' }, ceacHistory: [], program: { startDate: '2027-01-11' } },
      warnings: [],
      options: {},
    });
    // Link version 1 had no program position: the start date is not read from it.
    expect(await decodeCaseLink(await linkWithJson(extra, 1))).toStrictEqual({
      ok: true,
      caseFile: { format: 'ceac-case', version: 2, visaClass: 'F-1', application: { kind: 'interview' }, ceacHistory: [] },
      warnings: [],
      options: {},
    });
  });

  it('reads null as absent for the petition and the new groups, and lets the schema judge', async () => {
    const missing = expectFailure(await decodeCaseLink(await linkWithJson(['H-1B', null, ['interview'], []])), ['invalid']);
    expect(missing.error).toMatch(/petition/i);
    const badYear = expectFailure(
      await decodeCaseLink(await linkWithJson(['DV', null, ['interview'], [], null, null, null, [1999]])),
      ['invalid'],
    );
    expect(badYear.error).toMatch(/DV program year/);
    const noYear = expectFailure(await decodeCaseLink(await linkWithJson(['DV', null, ['interview'], [], null, null, null, []])), ['invalid']);
    expect(noYear.error).toMatch(/DV program year/);
  });
});

describe('link options', () => {
  it('writes ~lang=… after the payload when asked, and nothing otherwise', async () => {
    const plain = await encodeCaseLink(TYPICAL_V2);
    expect(plain).not.toContain('~');
    expect(await encodeCaseLink(TYPICAL_V2, {})).toBe(plain);
    expect(await encodeCaseLink(TYPICAL_V2, { lang: 'es' })).toBe(`${plain}~lang=es`);
    await expect(encodeCaseLink(TYPICAL_V2, { lang: 'ES' })).rejects.toThrow(RangeError);
    await expect(encodeCaseLink(TYPICAL_V2, { lang: 'es~x=1' })).rejects.toThrow(RangeError);
  });

  it('returns ~lang=es with the case', async () => {
    const link = await encodeCaseLink(TYPICAL_V2, { lang: 'es' });
    expect(await decodeCaseLink(link)).toStrictEqual({ ok: true, caseFile: TYPICAL_V2, warnings: [], options: { lang: 'es' } });
    for (const input of [link.slice(1), `https://example.test/app/${link}`, `  ${link}\n`]) {
      expect(await decodeCaseLink(input)).toMatchObject({ ok: true, caseFile: TYPICAL_V2, options: { lang: 'es' } });
    }
    expect(await decodeCaseLink(`${await encodeCaseLink(TYPICAL_V2)}~lang=pt-br`)).toMatchObject({ ok: true, options: { lang: 'pt-br' } });
  });

  it('ignores options it does not know, and malformed ones, without failing', async () => {
    const plain = await encodeCaseLink(TYPICAL_V2);
    const expected = { ok: true, caseFile: TYPICAL_V2, warnings: [] };
    for (const tail of [
      '~foo=bar', '~', '~~', '~=', '~=es', '~lang', '~lang=', '~lang=ES', '~lang=e s', '~lang=es_MX', '~lang=1',
      '~lang=-es', `~lang=${'a'.repeat(13)}`, '~lang=%65s', '~lang=es=es', '~LANG=es', '~ lang=es', '~foo', '~foo=~bar=',
      '~😀=😀', '~__proto__=x', '~constructor=1', '~#v1.abc', '~v3.abc', '~lang=<script>',
    ]) {
      expect(await decodeCaseLink(plain + tail), tail).toStrictEqual({ ...expected, options: {} });
    }
    for (const tail of ['~foo=bar~lang=es', '~lang=es~foo=bar', '~lang=x y~lang=es', '~~lang=es~', '~lang=es~lang=fr', '~lang=es~lang=ES']) {
      expect(await decodeCaseLink(plain + tail), tail).toStrictEqual({ ...expected, options: { lang: 'es' } });
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('parses options on their own, never throwing', () => {
    expect(parseLinkOptions('')).toEqual({});
    expect(parseLinkOptions('lang=es')).toEqual({ lang: 'es' });
    expect(parseLinkOptions('a=b~lang=zh-hans~c')).toEqual({ lang: 'zh-hans' });
    expect(Object.getPrototypeOf(parseLinkOptions('__proto__=x'))).toBe(Object.prototype);
  });

  it('opens version 1 links with options too', async () => {
    const v1 = await linkWithJson(packCaseFile(TYPICAL), 1);
    expect(v1.startsWith('#v1.')).toBe(true);
    expect(await decodeCaseLink(`${v1}~lang=es~foo=bar`)).toStrictEqual({ ok: true, caseFile: TYPICAL, warnings: [], options: { lang: 'es' } });
    expect(await decodeCaseLink(`${v1}~nonsense`)).toStrictEqual({ ok: true, caseFile: TYPICAL, warnings: [], options: {} });
  });

  it('never lets options open a link that is broken, or hide a newer version', async () => {
    const data = (await encodeCaseLink(TYPICAL_V2)).slice(4);
    expectFailure(await decodeCaseLink('#~lang=es'), ['empty']);
    expectFailure(await decodeCaseLink('#v2.~lang=es'), ['malformed']);
    expectFailure(await decodeCaseLink(`#v2${data}~lang=es`), ['malformed']);
    expectFailure(await decodeCaseLink(`#v2.${data.slice(0, -20)}~lang=es`), ['corrupt']);
    expectFailure(await decodeCaseLink(`#v3.${data}~lang=es`), ['newer_version']);
    expectFailure(await decodeCaseLink(`#v2.${data}~${'x'.repeat(MAX_LINK_LENGTH)}`), ['too_long']);
  });

  it('opens every cut of a link inside its options with the whole case', async () => {
    const plain = await encodeCaseLink(TYPICAL_V2);
    const link = `${plain}~lang=es`;
    for (let cut = plain.length; cut <= link.length; cut++) {
      const r = await decodeCaseLink(link.slice(0, cut));
      expect(r).toMatchObject({ ok: true, caseFile: TYPICAL_V2 });
    }
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
