/**
 * Golden share links (tests/share/golden-links.json), made on 2026-11-24 with the version 1 codec.
 * NEVER edit or remove a link or its case file: a failure here means links already sent to people
 * would stop opening. To cover something new, ADD an entry. A new link format raises the version in
 * the prefix and adds a migration (src/share MIGRATIONS); every link below must still decode.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../../src/rules';
import { decodeCaseLink, encodeCaseLink } from '../../src/share';
import golden from './golden-links.json';

interface GoldenLink {
  name: string;
  madeOn: string;
  link: string;
  caseFile: CaseFile;
}

const links = golden.links as unknown as GoldenLink[];

describe('golden share links', () => {
  it('has at least 8 links with distinct names', () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(new Set(links.map((l) => l.name)).size).toBe(links.length);
  });

  for (const g of links) {
    it(`${g.name} (made ${g.madeOn}) decodes to its stored case file`, async () => {
      expect(g.link).toMatch(/^#v\d+\.[A-Za-z0-9_-]+$/);
      expect(await decodeCaseLink(g.link)).toStrictEqual({ ok: true, caseFile: g.caseFile, warnings: [] });
    });

    it(`${g.name}: its case file still parses and re-encodes to an equivalent link`, async () => {
      const parsed = parseCaseFile(g.caseFile);
      expect(parsed).toStrictEqual({ ok: true, caseFile: g.caseFile, warnings: [] });
      // Not the same string necessarily (deflate output may differ between engines), the same case.
      expect(await decodeCaseLink(await encodeCaseLink(g.caseFile))).toStrictEqual({ ok: true, caseFile: g.caseFile, warnings: [] });
    });
  }
});
