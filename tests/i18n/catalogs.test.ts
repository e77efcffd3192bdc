/**
 * Every message exists in every language's catalog, parses as ICU MessageFormat with that language's
 * plural categories, and has the same placeholders and tags as the English (the reference). Every
 * message id the code names is in an English catalog. (The build also fails on a missing or broken
 * message: vite.config.ts; `lingui extract` must leave the catalogs unchanged: scripts/test-all.sh.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';

const DIR = 'src/locales';
const AREAS = ['app', 'form', 'history', 'result', 'rules'] as const;
const TRANSLATED = LOCALES.filter((l) => l !== 'en');

const catalog = (locale: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(join(DIR, locale, `${area}.json`), 'utf8')) as Record<string, string>;

/** The placeholders (`{date}`, `{n, plural, ...}`) and rich-text tags (`<0>`) a message uses. */
function shape(message: string, locale: string): { args: string[]; tags: string[] } {
  const cardinal = new Intl.PluralRules(locale === 'zh' ? 'zh-Hans' : locale).resolvedOptions().pluralCategories;
  const args = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'argument' || t.type === 'function') args.add(t.arg);
      if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') {
        args.add(t.arg);
        for (const c of t.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message, { cardinal: cardinal as never, strict: false }));
  const tags = [...new Set(message.match(/<\/?\d+\/?>/g) ?? [])].sort();
  return { args: [...args].sort(), tags };
}

describe.each(AREAS)('the %s catalogs', (area) => {
  const en = catalog('en', area);

  it('English has a text for every id, and each parses', () => {
    for (const [id, message] of Object.entries(en)) {
      expect(message, id).not.toBe('');
      // `lingui extract` writes the id as the English of a new id that has no text in the code
      expect(message, id).not.toBe(id);
      expect(() => shape(message, 'en'), id).not.toThrow();
    }
  });

  it.each(TRANSLATED)('%s has exactly the English ids, each with a text', (locale) => {
    const other = catalog(locale, area);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    const empty = Object.entries(other).filter(([, m]) => !m.trim()).map(([id]) => id);
    expect(empty).toEqual([]);
  });

  it.each(TRANSLATED)('%s messages parse and keep the English placeholders and tags', (locale) => {
    const other = catalog(locale, area);
    for (const [id, message] of Object.entries(other)) {
      let got: ReturnType<typeof shape> | undefined;
      expect(() => (got = shape(message, locale)), `${locale} ${id}: ${message}`).not.toThrow();
      expect(got, `${locale} ${id}`).toEqual(shape(en[id]!, 'en'));
    }
  });
});

describe('the ids the code names', () => {
  const files = ['src/ui', 'src/intake', 'src/i18n', 'src/rules', 'src/timeline', 'src/calendar'].flatMap((dir) =>
    readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)));
  const known = new Set(AREAS.flatMap((area) => Object.keys(catalog('en', area))));
  const PATTERNS = [
    /\bi18n\._\(\s*'([^']+)'/g, // i18n._('id', ...)
    /<Trans\s+id="([^"]+)"/g, // <Trans id="id" ... />
    /\/\*i18n\*\/\s*'([^']+)'/g, // /*i18n*/ 'id'
    /\/\*i18n\*\/\s*\{\s*id:\s*'([^']+)'/g, // /*i18n*/ { id: 'id', message: ... }
  ];

  it('finds ids in the code', () => {
    expect(known.size).toBeGreaterThan(20);
  });

  it.each(files)('%s names only ids that an English catalog has', (file) => {
    const text = readFileSync(file, 'utf8');
    const ids = PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
});
