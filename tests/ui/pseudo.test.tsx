/**
 * The pseudo-locale (accented, longer English made from the English catalogs at build time) shows
 * any text that does not go through the catalogs: rendered in it, a page must have no plain English
 * word outside an element marked `lang="en"` (CEAC's status names, source titles) and the few
 * language-neutral names below. `npm run build:pseudo` builds the same page for a browser
 * (`?lang=pseudo`).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { activate } from '../../src/i18n';
import type { CaseFile } from '../../src/rules';
import { encodeCaseLink } from '../../src/share';
import { fromCaseFile } from '../../src/intake/draft';
import { STORAGE_KEY } from '../../src/ui/storage';
import { renderApp, reset } from './helpers';

/** Names that are the same in every language: agencies, sites, visa classes. Codes in capitals (IR-CR, DS-160) pass too. */
const NEUTRAL = new Set(['checkee', 'F-pref', 'IV-other']);
const CODE = /^[A-Z0-9]+(?:[-/][A-Z0-9]+)*$/;

/** Plain (unaccented) words of four letters or more in text not marked as English. */
function englishLeft(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    // English on purpose (lang="en"), or a language named in itself (the language control)
    if (!el || el.closest('[lang]:not(html)')) continue;
    if (el.closest('script, style, [hidden]')) continue;
    // web addresses are the same in every language
    const words = (n.textContent ?? '').replace(/https?:\/\/\S+/g, ' ');
    for (const word of words.match(/[\p{L}'’-]{4,}/gu) ?? []) {
      if (/^[A-Za-z'’-]+$/.test(word) && !NEUTRAL.has(word) && !CODE.test(word)) out.push(`${word}  (in: ${n.textContent!.trim().slice(0, 80)})`);
    }
  }
  return [...new Set(out)];
}

const CASE: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B', petition: { status: 'approved', validUntil: '2027-08-01' },
  application: { kind: 'interview', date: '2026-09-01', post: 'Ōsaka-Kōbe', officerSaid: '221g_ap' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused', message: 'refused_ap_text' }],
  refusal: { refusedOn: '2026-09-01', grounds: ['221g'], requests: ['documents'] },
};

// tests/setup.ts goes back to English after each test
beforeEach(async () => {
  reset();
  await activate('pseudo');
});

describe('in the pseudo-locale, no text is left outside the catalogs', () => {
  it.each(['visa', 'interview', 'history', 'letter', 'notes', 'review'])('the %s page', async (step) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: fromCaseFile(CASE), page: step }));
    window.history.replaceState(null, '', `/?step=${step}`);
    renderApp();
    await screen.findByRole('heading', { level: 1 });
    // the history step's editor and paste reader load on demand (src/ui/historyModule.ts)
    if (step === 'history') await waitFor(() => expect(document.getElementById('ceac-paste')).not.toBeNull());
    expect(englishLeft(document.body)).toEqual([]);
  });

  it('the result page', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: fromCaseFile(CASE), page: 'result' }));
    renderApp();
    // the whole page: the reasons, the steps, the sources and the share panel are there
    await screen.findByLabelText(/./, { selector: '#share-link' }, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(4);
    expect(englishLeft(document.body)).toEqual([]);
  });

  it('a link\u2019s page', async () => {
    window.history.replaceState(null, '', `/${await encodeCaseLink(CASE)}`);
    renderApp();
    const main = await screen.findByRole('main');
    await within(main).findAllByRole('heading', { level: 2 }, { timeout: 10_000 });
    expect(englishLeft(document.body)).toEqual([]);
  });
});
