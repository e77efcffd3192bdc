/**
 * Golden share links (tests/share/golden-links.json): v1 links made on 2026-11-24 with the version 1
 * codec, v2 links made on 2026-11-29 with the version 2 codec.
 * NEVER edit or remove a link: a failure here means links already sent to people would stop opening.
 * A stored case file changes only when the case-file contract does, and only as the contract reads
 * old files (contract version 2: `version: 2`, and `requests: []` for a version 1 refusal without
 * requests). To cover something new, ADD an entry. A new link format raises the version in the
 * prefix and adds a reader (src/share LINK_READERS); every link below must still decode.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../../src/rules';
import { decodeCaseLink, encodeCaseLink, type LinkOptions } from '../../src/share';
import golden from './golden-links.json';

interface GoldenLink {
  name: string;
  madeOn: string;
  link: string;
  /** What decodeCaseLink returns for the link's options; {} when absent. */
  options?: LinkOptions;
  caseFile: CaseFile;
}

const links = golden.links as unknown as GoldenLink[];
const v2Links = links.filter((l) => l.link.startsWith('#v2.'));

describe('golden share links', () => {
  it('has at least 8 links with distinct names', () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(new Set(links.map((l) => l.name)).size).toBe(links.length);
  });

  it('keeps the 10 links of version 1 and has version 2 links for the new classes and fields', () => {
    expect(links.filter((l) => l.link.startsWith('#v1.')).map((l) => l.name)).toEqual([
      'typical_221g_documents', 'empty_history', 'issued', 'final_214b', 'interview_waiver_empty_refusal',
      'admin_processing_returned_petition', 'final_212', 'unicode_notes', 'blank_strings', 'large_100_entries',
    ]);
    const classes = new Set(v2Links.map((l) => l.caseFile.visaClass));
    for (const c of ['B-2', 'F-1', 'K-1', 'IR-CR', 'DV', 'H-1B'] as const) expect(classes).toContain(c);
    const refusals = v2Links.map((l) => l.caseFile.refusal).filter((r) => r !== undefined);
    expect(refusals.some((r) => r.requests === undefined)).toBe(true);
    expect(refusals.some((r) => Array.isArray(r.requests) && r.requests.length === 0)).toBe(true);
    expect(v2Links.some((l) => l.caseFile.program?.startDate !== undefined)).toBe(true);
    expect(v2Links.some((l) => l.caseFile.dv !== undefined)).toBe(true);
    expect(v2Links.some((l) => l.options?.lang !== undefined)).toBe(true);
  });

  it('keeps every version 2 golden link (typical cases) within 500 characters', () => {
    for (const l of v2Links) expect(l.link.length, l.name).toBeLessThanOrEqual(500);
  });

  for (const g of links) {
    it(`${g.name} (made ${g.madeOn}) decodes to its stored case file`, async () => {
      expect(g.link).toMatch(/^#v\d+\.[A-Za-z0-9_-]+(~[a-z]+=[a-z-]+)*$/);
      expect(await decodeCaseLink(g.link)).toStrictEqual({ ok: true, caseFile: g.caseFile, warnings: [], options: g.options ?? {} });
    });

    it(`${g.name}: its case file still parses and re-encodes to an equivalent link`, async () => {
      const parsed = parseCaseFile(g.caseFile);
      expect(parsed).toStrictEqual({ ok: true, caseFile: g.caseFile, warnings: [] });
      // Not the same string necessarily (deflate output may differ between engines), the same case.
      expect(await decodeCaseLink(await encodeCaseLink(g.caseFile, g.options))).toStrictEqual({
        ok: true, caseFile: g.caseFile, warnings: [], options: g.options ?? {},
      });
    });
  }
});
