/**
 * Paste from the CEAC page, in Debian's Chromium against the built site: the reader loads on
 * demand, the recognised status fills the history editor, the verdict follows, and no trace of
 * the application ID or the pasted text is left in the browser's storage. Also axe and 320px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

const BASE = 'http://127.0.0.1:4173';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FIXED = new Date('2026-11-20T09:00:00Z'); // 20 Nov 2026 in every zone used here
const APP_ID = 'AA00ABCDE1';
const CEAC_TEXT = [
  'Nonimmigrant Visa (NIV)',
  `Application ID or Case Number:\t${APP_ID}`,
  'Case Created:\t02-Sep-2026',
  'Case Last Updated:\t03-Sep-2026',
  'Refused',
  'A U.S. consular officer has adjudicated and refused your visa application. Please follow any instructions ' +
    'provided by the consular officer. If you were informed by the consular officer that your case was refused ' +
    'for administrative processing, your case will remain refused while undergoing such processing. You will ' +
    'receive another adjudication once such processing is complete. Please see the webpage for the embassy or ' +
    'consulate where you submitted your application for more information.',
  'Print\tClose',
].join('\n');

const cont = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const storageDump = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));

async function axe(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

async function toHistory(page: Page) {
  await page.clock.setFixedTime(FIXED);
  await page.goto(`${BASE}/`);
  await expect(h1(page)).toHaveText('Visa and petition');
  await page.getByLabel('Visa class').selectOption('H-1B');
  await page.getByRole('group', { name: /What is happening with the petition/ }).getByRole('radio', { name: /^Approved/ }).check();
  await cont(page);
  await expect(h1(page)).toHaveText('Interview');
  await page.getByRole('group', { name: 'How did you apply?' }).getByRole('radio', { name: /I had an interview/ }).check();
  await page.getByLabel(/Date of the interview or document drop-off/).fill('2026-09-01');
  await page.getByRole('group', { name: /What did the officer tell you/ }).getByRole('radio', { name: /Nothing clear/ }).check();
  await page.getByRole('group', { name: /passport kept or given back/ }).getByRole('radio', { name: /I don't know/ }).check();
  await cont(page);
  await expect(h1(page)).toHaveText('CEAC status history');
}

test('paste from CEAC: read, use, continue to the result; nothing of the paste is stored', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await toHistory(page);

  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });

  await page.getByText('Paste from the CEAC page').click();
  const area = page.getByLabel('Paste the status part of the CEAC page');
  await area.fill(CEAC_TEXT);
  expect(scripts, 'the reader is not loaded before it is needed').toEqual([]);
  await page.getByRole('button', { name: 'Read the pasted text' }).click();

  const result = page.locator('.paste-result');
  await expect(result).toBeFocused();
  await expect(result.getByRole('heading', { name: 'What the pasted text says' })).toBeVisible();
  await expect(result).toContainText('Refused');
  await expect(result).toContainText('3 Sep 2026');
  await expect(result).toContainText(/long wording about administrative processing/i);
  await expect(result).toContainText('We removed what looked like an application ID');
  expect(scripts.length, 'the reader loaded on demand').toBeGreaterThan(0);
  await axe(page, 'history step, paste read');

  await result.getByRole('button', { name: 'Use this' }).click();
  await expect(page.getByText(/Filled in from the pasted text/)).toBeFocused();
  await expect(page.getByLabel('Status shown on CEAC')).toHaveValue('Refused');
  await expect(page.getByLabel('Day you saw it')).toHaveValue('2026-11-20');
  await expect(page.getByLabel(/Case Last Updated/)).toHaveValue('2026-09-03');
  await expect(area).toHaveValue('');
  await page.getByRole('button', { name: 'Add this status' }).click();
  await expect(page.locator('.history-item')).toHaveCount(1);
  await expect(page.locator('.history-item')).toContainText('Seen on 20 Nov 2026');

  await cont(page);
  await expect(h1(page)).toHaveText('Refusal letter');
  await page.getByRole('group', { name: 'Do you have a refusal letter?' }).getByRole('radio', { name: /I don't have a letter/ }).check();
  await cont(page);
  await expect(h1(page)).toHaveText('Notes');
  await cont(page);
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  // R10b: Refused with the administrative-processing wording, no letter, nothing else to go on
  await expect(h1(page)).toHaveText('Administrative processing');

  const dump = await storageDump(page);
  expect(dump).toContain('2026-09-03');
  expect(dump.toLowerCase()).not.toContain(APP_ID.toLowerCase());
  expect(dump).not.toContain('adjudicated');
  await context.close();
});

test('paste from CEAC: unreadable text shows the reason and is kept; works at 320px', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await toHistory(page);

  await page.getByText('Paste from the CEAC page').click();
  const area = page.getByLabel('Paste the status part of the CEAC page');
  const garbage = `Application ID ${APP_ID}\nsomething else entirely`;
  await area.fill(garbage);
  await page.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('No CEAC status was found');
  await expect(area).toHaveValue(garbage);
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await axe(page, 'history step, paste error');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 320px').toBeLessThanOrEqual(0);
  for (const name of ['Read the pasted text']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.width).toBeGreaterThanOrEqual(24);
  }
  const summaryBox = await page.getByText('Paste from the CEAC page').boundingBox();
  expect(summaryBox!.height).toBeGreaterThanOrEqual(24);

  expect((await storageDump(page)).toLowerCase()).not.toContain(APP_ID.toLowerCase());
  await context.close();
});
