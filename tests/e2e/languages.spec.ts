/**
 * The page in Spanish and in Simplified Chinese, in a real browser (Debian Chromium): a first visit
 * from a browser set to the language opens in it; one case link per verdict at 320 px wide (the
 * longer Spanish words must not widen the page), axe 0 violations, `<html lang>`, CEAC's status names
 * kept in English and marked so; the reference note; a whole journey typed through the form in each
 * language; a link whose sender chose the language; the language kept after a reload.
 * The texts are looked up in the catalogs, so the tests follow the translation.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axe, BASE, blankPage, h1, problemsOf } from './helpers/page';
import { assess, type CaseFile, type Verdict } from '../../src/rules';
import { encodeCaseLink } from '../../src/share';

type Lang = 'es' | 'zh';
const BROWSER_LOCALE: Record<Lang, string> = { es: 'es-MX', zh: 'zh-CN' };
const HTML_LANG: Record<Lang, string> = { es: 'es', zh: 'zh-Hans' };

const catalogs = (lang: string): Record<string, string> => Object.assign(
  {}, ...['app', 'form', 'history', 'result', 'rules'].map((a) => JSON.parse(readFileSync(`src/locales/${lang}/${a}.json`, 'utf8')) as Record<string, string>),
);
const CATALOGS: Record<Lang, Record<string, string>> = { es: catalogs('es'), zh: catalogs('zh') };
/** A message as the page shows it when it has no values: its rich-text tags are not text. */
const msgOf = (lang: Lang) => (id: string): string => {
  const m = CATALOGS[lang][id];
  if (!m) throw new Error(`No ${lang} message ${id}`);
  return m.replace(/<\/?\d+>/g, '');
};

const AS_OF = '2026-11-20';
const base = (over: Partial<CaseFile>): CaseFile => ({
  format: 'ceac-case', version: 2, visaClass: 'B-2', application: { kind: 'interview', date: '2026-09-01' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }], ...over,
});
/** One case per verdict. */
const CASES: Record<Verdict, CaseFile> = {
  administrative_processing: base({
    visaClass: 'F-1', program: { startDate: '2027-01-11' }, refusal: { grounds: ['221g'], requests: [] },
    ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused', message: 'refused_ap_text' }],
  }),
  temporary_refusal: base({
    visaClass: 'IR-CR', application: { kind: 'interview', date: '2026-09-01' }, petition: { status: 'approved' },
    refusal: { refusedOn: '2026-09-01', grounds: ['221g'], requests: ['documents'] },
  }),
  final_refusal: base({ refusal: { grounds: ['214b'], requests: [] } }),
  visa_approved: base({ visaClass: 'H-1B', petition: { status: 'approved' }, ceacHistory: [{ seenOn: '2026-09-05', status: 'Issued' }] }),
  no_decision_yet: base({ ceacHistory: [{ seenOn: '2026-09-02', status: 'Ready' }] }),
};

test('every case covers the verdict it is named for', () => {
  for (const [verdict, cf] of Object.entries(CASES)) expect(assess(cf, AS_OF).verdict, verdict).toBe(verdict);
});

const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const lang of ['es', 'zh'] as const) {
  const t = msgOf(lang);

  test.describe(`in ${lang === 'es' ? 'Spanish' : 'Chinese'}`, () => {
    for (const [verdict, cf] of Object.entries(CASES) as Array<[Verdict, CaseFile]>) {
      test(`a link to a case with the verdict "${verdict}", at 320 px, from a browser set to ${BROWSER_LOCALE[lang]}`, async ({ browser }) => {
        const page = await blankPage(browser, { locale: BROWSER_LOCALE[lang], viewport: { width: 320, height: 640 } });
        await page.goto(`${BASE}/${await encodeCaseLink(cf)}`);
        await expect(h1(page)).toHaveText(t(`rules.verdict.${verdict}`));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(HTML_LANG[lang]);
        await expect(page.getByText(t('chrome.reference'))).toBeVisible();
        // CEAC's own status name stays English, marked for screen readers
        await expect(page.getByRole('banner').locator('[lang="en"]', { hasText: 'Refused' })).toBeVisible();
        await expect(page.getByRole('navigation', { name: t('chrome.languages') }).getByRole('button', { pressed: true }))
          .toHaveText(lang === 'es' ? 'Español' : '中文');
        expect(await width(page), 'page width at 320 px').toBeLessThanOrEqual(320);
        await axe(page, `${verdict} link, ${lang}`);
        expect(problemsOf(page)).toEqual([]);
        await page.context().close();
      });
    }

    test('a journey typed through the form: a visitor refused under 214(b)', async ({ browser }) => {
      const page = await blankPage(browser, { locale: BROWSER_LOCALE[lang], viewport: { width: 320, height: 740 } });
      await page.goto(`${BASE}/`);
      await expect(h1(page)).toHaveText(t('form.step.visa'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(HTML_LANG[lang]);
      await page.getByLabel(t('form.visaClass.label'), { exact: true }).selectOption('B-2');
      await axe(page, `visa step, ${lang}`);
      await page.getByRole('button', { name: t('form.page.continue') }).click();

      await expect(h1(page)).toHaveText(t('form.step.interview'));
      await page.getByRole('group', { name: t('form.appKind.label') }).getByRole('radio', { name: t('form.appKind.interview') }).check();
      await page.getByLabel(t('form.appDate.label'), { exact: true }).fill('2026-09-01');
      await page.getByRole('group', { name: t('form.officerSaid.label') }).getByRole('radio', { name: t('form.officerSaid.nothing') }).check();
      await page.getByRole('group', { name: t('form.passport.label') }).getByRole('radio', { name: t('form.passport.returned') }).check();
      await axe(page, `interview step, ${lang}`);
      await page.getByRole('button', { name: t('form.page.continue') }).click();

      await expect(h1(page)).toHaveText(t('form.step.history'));
      await page.getByLabel(t('app.history.statusLabel'), { exact: true }).selectOption('Refused');
      await page.getByLabel(t('app.history.seenOnLabel'), { exact: true }).fill('2026-09-02');
      await page.getByRole('button', { name: t('app.history.add') }).click();
      await axe(page, `history step, ${lang}`);
      await page.getByRole('button', { name: t('form.page.continue') }).click();

      await expect(h1(page)).toHaveText(t('form.step.letter'));
      await page.getByRole('group', { name: t('form.hasLetter.label') }).getByRole('radio', { name: t('form.hasLetter.yes') }).check();
      await page.getByRole('group', { name: t('form.grounds.label') }).getByRole('checkbox', { name: t('rules.ground.214b') }).check();
      await page.getByRole('group', { name: t('form.slipColor.label') }).getByRole('radio', { name: t('form.slipColor.white') }).check();
      await page.getByRole('group', { name: t('form.requests.label') }).getByRole('checkbox', { name: t('form.requests.nothing') }).check();
      await axe(page, `letter step, ${lang}`);
      await page.getByRole('button', { name: t('form.page.continue') }).click();

      await expect(h1(page)).toHaveText(t('form.step.notes'));
      await page.getByRole('button', { name: t('form.page.continue') }).click();
      await expect(h1(page)).toHaveText(t('form.step.review'));
      await axe(page, `check your answers, ${lang}`);
      await page.getByRole('button', { name: t('form.page.seeResult') }).click();

      await expect(h1(page)).toHaveText(t('rules.verdict.final_refusal'));
      expect(await width(page), 'result width at 320 px').toBeLessThanOrEqual(320);
      await axe(page, `result, ${lang}`);

      // the language is kept on this device: a reload opens in it again
      await page.reload();
      await expect(h1(page)).toHaveText(t('rules.verdict.final_refusal'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(HTML_LANG[lang]);
      expect(problemsOf(page)).toEqual([]);
      await page.context().close();
    });
  });
}

test('a link whose sender chose Chinese opens in Chinese for a reader whose browser is set to Spanish', async ({ browser }) => {
  const page = await blankPage(browser, { locale: 'es-MX' });
  await page.goto(`${BASE}/${await encodeCaseLink(CASES.final_refusal, { lang: 'zh-hans' })}`);
  await expect(h1(page)).toHaveText(msgOf('zh')('rules.verdict.final_refusal'));
  // the reader can switch, and the page is then in Spanish, and English again from the reference note
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(h1(page)).toHaveText(msgOf('es')('rules.verdict.final_refusal'));
  await page.getByRole('button', { name: 'Read this page in English' }).click();
  await expect(h1(page)).toHaveText('Final refusal');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(problemsOf(page)).toEqual([]);
  await page.context().close();
});
