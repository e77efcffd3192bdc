/**
 * The languages of the page, and how the first one is chosen. Pure: no DOM, no storage; the page
 * passes in what the browser says (src/i18n/index.ts).
 *
 * To add a language: add its code here with its name in itself, its catalog under src/locales/ and
 * in lingui.config.ts, and its date format in ./dates.ts (README, "Languages").
 */

export const LOCALES = ['en', 'es', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
/** A made-up language (accented, longer English) that shows text left outside the catalogs. */
export const PSEUDO = 'pseudo';
export type PageLocale = Locale | typeof PSEUDO;

/** Each language named in itself, as the language control shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español', zh: '中文' };

/** The `lang` attribute of each language (BCP 47): Chinese in simplified characters. */
export const HTML_LANG: Readonly<Record<PageLocale, string>> = { en: 'en', es: 'es', zh: 'zh-Hans', pseudo: 'en-XA' };

/** The link option (`~lang=`) each language writes; the codec accepts a-z and "-" only. */
export const LINK_LANG: Readonly<Record<Locale, string>> = { en: 'en', es: 'es', zh: 'zh-hans' };

export function isLocale(s: unknown): s is Locale {
  return typeof s === 'string' && (LOCALES as readonly string[]).includes(s);
}

/**
 * The language a tag names, if the page has it: "es-MX" and "es" are Spanish; "zh", "zh-CN",
 * "zh-Hans", "zh-SG" are Simplified Chinese; "zh-TW", "zh-HK", "zh-Hant" are Traditional Chinese,
 * which the page does not have.
 */
export function localeOfTag(tag: string): Locale | undefined {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!t) return undefined;
  const [lang, ...rest] = t.split('-');
  if (lang === 'en') return 'en';
  if (lang === 'es') return 'es';
  if (lang === 'zh') {
    if (rest.includes('hant') || rest.some((r) => r === 'tw' || r === 'hk' || r === 'mo')) return undefined;
    return 'zh';
  }
  return undefined;
}

/**
 * The page's language: the one a link's sender chose, else the one chosen on this device, else the
 * first of the browser's languages the page has, else English.
 */
export function chooseLocale(from: { link?: string; stored?: string | null; browser?: readonly string[] }): Locale {
  const fromLink = from.link ? localeOfTag(from.link) : undefined;
  if (fromLink) return fromLink;
  if (isLocale(from.stored)) return from.stored;
  for (const tag of from.browser ?? []) {
    const l = localeOfTag(tag);
    if (l) return l;
  }
  return 'en';
}
