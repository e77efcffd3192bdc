/** Choosing the page's language, and writing dates for it (the same calendar day in every time zone). */
import { describe, expect, it } from 'vitest';
import { formatDateIn } from '../../src/i18n/dates';
import { chooseLocale, localeOfTag } from '../../src/i18n/locales';
import { listIn } from '../../src/i18n/text';

describe('the language a tag names', () => {
  it.each([
    ['en', 'en'], ['en-US', 'en'], ['EN-gb', 'en'], ['es', 'es'], ['es-MX', 'es'], ['es_419', 'es'],
    ['zh', 'zh'], ['zh-CN', 'zh'], ['zh-Hans', 'zh'], ['zh-hans-cn', 'zh'], ['zh-SG', 'zh'],
  ])('%s is %s', (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });

  it.each(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-hant-tw', 'fr', 'pt-BR', '', '  '])('%j is none the page has', (tag) => {
    expect(localeOfTag(tag)).toBeUndefined();
  });
});

describe('the page\u2019s language', () => {
  it('is the one the link\u2019s sender chose, before the one chosen here and the browser\u2019s', () => {
    expect(chooseLocale({ link: 'es', stored: 'zh', browser: ['en-US'] })).toBe('es');
    expect(chooseLocale({ link: 'zh-hans', stored: 'en', browser: ['es'] })).toBe('zh');
  });

  it('is the one chosen on this device when the link chose none (or one the page does not have)', () => {
    expect(chooseLocale({ stored: 'zh', browser: ['es-MX'] })).toBe('zh');
    expect(chooseLocale({ link: 'fr', stored: 'es', browser: ['en'] })).toBe('es');
  });

  it('is the first of the browser\u2019s languages the page has, else English', () => {
    expect(chooseLocale({ browser: ['fr-FR', 'zh-TW', 'es-419', 'en'] })).toBe('es');
    expect(chooseLocale({ browser: ['de', 'fr'] })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });

  it('ignores a stored value that is not a language of the page', () => {
    expect(chooseLocale({ stored: 'pseudo', browser: ['zh-CN'] })).toBe('zh');
    expect(chooseLocale({ stored: '<script>', browser: [] })).toBe('en');
  });
});

describe('dates for the language', () => {
  it.each([
    ['en', '2027-09-30', '30 Sep 2027'],
    ['es', '2027-09-30', '30 sept 2027'],
    ['zh', '2027-09-30', '2027年9月30日'],
    ['es', '2026-01-01', '1 ene 2026'],
    ['zh', '2026-12-31', '2026年12月31日'],
  ])('%s writes %s as %s in every time zone', (locale, iso, written) => {
    expect(formatDateIn(locale, iso).replace(/\u00a0/g, ' ')).toBe(written);
  });
});

describe('lists for the language', () => {
  it('joins as the rules do in English, and in each language\u2019s own words elsewhere', () => {
    expect(listIn('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(listIn('es', ['a', 'b', 'c'])).toBe('a, b y c');
    expect(listIn('zh', ['a', 'b', 'c'])).toBe('a、b和c');
    expect(listIn('es', ['a'])).toBe('a');
  });
});
