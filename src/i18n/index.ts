/**
 * The page's language at run time: Lingui's `i18n` (ICU MessageFormat), each language's catalog
 * loaded on demand as its own chunk, the choice remembered on this device, and `<html lang>`.
 *
 * Components read texts with `useLingui()` from @lingui/react and `i18n._(<id>, values)`; the ids
 * and the English text are in src/locales/en/app.json, the reference for every other language.
 * Dates go in as values already formatted for the language (./dates.ts), so that an ICU message
 * never turns a date into a time in the reader's time zone.
 */
import { i18n } from '@lingui/core';
import type { Messages } from '@lingui/core';
import { chooseLocale, HTML_LANG, PSEUDO, type PageLocale } from './locales';

export { i18n };

/** Where the language chosen on this device is kept (no case facts: only "en", "es" or "zh"). */
export const LANG_KEY = 'refusal-explainer.lang';

type Catalog = { messages: Messages };

/**
 * The catalogs, by area: `app` and `form` are the first page's texts; `history` (the status-history
 * editor and the CEAC paste reader) loads with that step's code; `result` (the result and link pages,
 * timeline, calendar) and `rules` (what the rules write) load with the result page. Each is a chunk
 * of its own for each language.
 */
export type Area = 'app' | 'form' | 'history' | 'result' | 'rules';

/**
 * Every catalog file (src/locales/<lang>/<area>.json), compiled by @lingui/vite-plugin, loaded on
 * demand; the pseudo-locale only in development and `npm run build:pseudo` builds. English has no
 * rules catalog to load: the rules write English themselves.
 */
const FILES: Record<string, () => Promise<Catalog>> = {
  ...import.meta.glob<Catalog>(['../locales/*/*.json', '!../locales/pseudo/*.json', '!../locales/en/rules.json'], { query: '?lingui' }),
  ...(import.meta.env.DEV || import.meta.env.VITE_PSEUDO ? import.meta.glob<Catalog>('../locales/pseudo/*.json', { query: '?lingui' }) : {}),
};

function catalogLoader(locale: PageLocale, area: Area): () => Promise<Catalog> {
  if (locale === 'en' && area === 'rules') return () => Promise.resolve({ messages: {} });
  const file = FILES[`../locales/${locale}/${area}.json`];
  if (!file) return () => Promise.reject(new Error(`No ${area} catalog for ${locale}`));
  return file;
}

/** The areas the page shows now: the first page's, and the result's once its code is loaded. */
const wanted = new Set<Area>(['app', 'form']);
const loaded = new Map<string, Promise<Messages>>();

function load(locale: PageLocale, area: Area): Promise<Messages> {
  const key = `${locale}/${area}`;
  let messages = loaded.get(key);
  if (!messages) {
    messages = catalogLoader(locale, area)().then((c) => c.messages);
    loaded.set(key, messages);
    messages.catch(() => loaded.delete(key));
  }
  return messages;
}

/** Loads a language's catalogs for the areas shown (once each) and makes it the page's language. */
export async function activate(locale: PageLocale): Promise<void> {
  const all = await Promise.all([...wanted].map((area) => load(locale, area)));
  for (const messages of all) i18n.load(locale, messages);
  i18n.activate(locale);
  if (typeof document !== 'undefined') showLanguage(locale);
}

/** `<html lang>`, the description and the web-app manifest (name and description) in the language. */
function showLanguage(locale: PageLocale): void {
  document.documentElement.lang = HTML_LANG[locale];
  document.querySelector('meta[name="description"]')?.setAttribute('content', i18n._('chrome.description'));
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestOf(locale));
}

/** public/manifest.webmanifest is English; each other language has public/manifest.<code>.webmanifest. */
const manifestOf = (locale: PageLocale): string =>
  (locale === 'en' || locale === PSEUDO ? './manifest.webmanifest' : `./manifest.${locale}.webmanifest`);

/** Loads more areas' texts in the page's language (the result page's, with its code). */
export async function needTexts(areas: readonly Area[]): Promise<void> {
  for (const a of areas) wanted.add(a);
  const locale = (i18n.locale || 'en') as PageLocale;
  const all = await Promise.all(areas.map((area) => load(locale, area)));
  for (const messages of all) i18n.load(locale, messages);
  if (i18n.locale === locale) i18n.activate(locale);
}

function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/** Remembers the reader's choice on this device; a refused storage only means it is not remembered. */
export function rememberLocale(locale: PageLocale): void {
  try {
    window.localStorage.setItem(LANG_KEY, locale);
  } catch {
    // private mode or storage refused: the choice holds for this visit
  }
}

/**
 * The language to open the page in: the link's `~lang=` option (read from the fragment, which never
 * reaches a server), the one remembered here, the browser's languages, English. `?lang=pseudo` in a
 * development or pseudo-locale build shows the made-up language.
 */
export function initialLocale(): PageLocale {
  if (import.meta.env.DEV || import.meta.env.VITE_PSEUDO) {
    if (new URLSearchParams(window.location.search).get('lang') === 'pseudo') return 'pseudo';
  }
  const link = /~lang=([a-z][a-z-]{0,11})(?:~|$)/.exec(window.location.hash)?.[1];
  return chooseLocale({ link, stored: storedLocale(), browser: navigator.languages ?? [navigator.language] });
}
