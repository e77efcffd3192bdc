import { describe, expect, it } from 'vitest';
import { CEAC_STATUSES, GLOSSARY, isISODate, isKnownSource, POLICY, RULES_LAST_REVIEWED, SOURCES } from '../../src/rules';
import specSources from './spec-source-ids.json';

/** The day the registry was last checked against the sources (contract version 2). */
const LAST_READ_DAY = '2026-11-29';

describe('the source registry', () => {
  it('has unique ids and complete entries', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SOURCES) {
      expect(s.title.length, s.id).toBeGreaterThan(5);
      expect(s.citation.length, s.id).toBeGreaterThan(5);
      expect(s.supports.length, s.id).toBeGreaterThan(20);
      expect(isISODate(s.lastChecked), s.id).toBe(true);
      // Each row was read on a real day, not after the registry's last review (29 Nov 2026).
      expect(s.lastChecked <= LAST_READ_DAY, s.id).toBe(true);
      // ...and says how it was read (which copy, or why none could be read).
      expect(typeof s.checkedHow, s.id).toBe('string');
      expect(s.checkedHow.trim().length, s.id).toBeGreaterThan(10);
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
    expect(isISODate(RULES_LAST_REVIEWED)).toBe(true);
  });

  it('covers every source id the policy cites (docs/policy.md, Sources)', () => {
    for (const id of specSources) expect(isKnownSource(id), id).toBe(true);
  });

  it('has no row for the retired day-60 source (contract version 2)', () => {
    expect(specSources).not.toContain('post-ap-60d');
    expect(isKnownSource('post-ap-60d')).toBe(false);
  });

  it('marks as uncertain the facts the spec calls uncertain', () => {
    for (const id of ['usvisa-221g-year', 'i797-validity', 'proclamation-10973', 'ap-reported-times', '212a4-iv']) {
      expect(SOURCES.find((s) => s.id === id)?.uncertain, id).toBe(true);
    }
  });

  it('the glossary explains every CEAC status and cites known sources', () => {
    expect(GLOSSARY.map((g) => g.status).sort()).toEqual([...CEAC_STATUSES].sort());
    for (const g of GLOSSARY) {
      expect(g.sources.length).toBeGreaterThan(0);
      for (const id of g.sources) expect(isKnownSource(id), id).toBe(true);
    }
    const refused = GLOSSARY.find((g) => g.status === 'Refused')!;
    expect(refused.doesNotMean).toMatch(/does not tell whether the refusal is final/);
  });

  it('the policy has every row of the table, in the fixed order', () => {
    expect(POLICY.map((r) => r.id)).toEqual([
      'R1', 'R1b', 'R2', 'R3', 'R3d', 'R4', 'R5', 'R5b', 'R6', 'R6b', 'R7', 'R8b', 'R8', 'R9', 'R10a', 'R10', 'R11', 'R10b', 'R12', 'R13',
    ]);
    for (const r of POLICY) expect(r.reads.length, r.id).toBeGreaterThan(0);
  });
});
